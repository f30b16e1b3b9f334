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
