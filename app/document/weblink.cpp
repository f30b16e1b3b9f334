#include "document/weblink.h"

#include <QUrl>

bool WebLink::isWebAddress(const QUrl &url)
{
    // QUrl keeps the scheme in lower case, so "HTTPS://" counts as well.
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty()
        && url.userInfo().isEmpty();
}

bool WebLink::isWebAddress(const QString &address)
{
    return isWebAddress(QUrl(address, QUrl::StrictMode));
}

QString WebLink::target(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    return isWebAddress(url) ? QString::fromLatin1(url.toEncoded()) : QString();
}

qsizetype WebLink::forbiddenCharacter(const QString &address)
{
    // RFC 3986 leaves these out of every part of an address; QUrl's strict mode refuses them.
    static const QString forbidden = QStringLiteral(" \"<>\\^`{|}");
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar c = address.at(i);
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || forbidden.contains(c))
            return i;
    }
    return -1;
}

QString WebLink::shortened(const QString &shown)
{
    if (shown.size() <= MaxShownLength)
        return shown;
    constexpr qsizetype tail = 40;
    qsizetype head = MaxShownLength - tail - 1;
    qsizetype end = shown.size() - tail;
    // Never half a character of four bytes.
    if (shown.at(head - 1).isHighSurrogate())
        --head;
    if (shown.at(end).isLowSurrogate())
        ++end;
    return shown.left(head) + QChar(0x2026) + shown.mid(end);
}
