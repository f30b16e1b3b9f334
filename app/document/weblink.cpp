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
