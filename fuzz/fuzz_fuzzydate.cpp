// The date grammar on arbitrary text: a valid date round-trips through its ISO form, an
// invalid one always says why.
#include "document/fuzzydate.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const FuzzyDate date = FuzzyDate::parse(text, &error);
    if (date.isValid()) {
        if (date.lastDay() < date.firstDay())
            std::abort();
        const FuzzyDate again = FuzzyDate::parse(date.toIsoString());
        if (!(again == date))
            std::abort();
    } else if (error.isEmpty()) {
        std::abort();
    }
    return 0;
}
