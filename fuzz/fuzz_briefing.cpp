// The reader and validator on arbitrary bytes: whatever the file, readData returns a document
// or problems, never crashes, hangs or leaks. A document comes with no errors, and errors never
// come with a document.
#include "document/briefingreader.h"
#include "formats/briefingloader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const BriefingReader::Result result =
        BriefingLoader::readData(bytes, QStringLiteral("fuzz.briefing.json"));
    if (bool(result.briefing) == hasErrors(result.problems))
        std::abort();
    for (const Problem &problem : result.problems) {
        if (problem.message.isEmpty() || problem.line < 0 || problem.column < 0)
            std::abort();
        (void)problem.toString();
    }
    return 0;
}
