#pragma once

#include <QString>

class QUrl;

// The one rule for a link: an absolute http or https address with a host and no user name or
// password. It is the only kind of link the program keeps as a source, shows as a link,
// writes into a PDF or HTML file, or opens in the browser.
class WebLink
{
public:
    static bool isWebAddress(const QUrl &url);
    // `address` is read strictly (QUrl::StrictMode): a space or a quote makes it no address.
    static bool isWebAddress(const QString &address);
    // Where `address` holds the first character that an address may not contain as it is (a
    // space, a double quote, one of < > \ ^ ` { | } or a control character) and that must be
    // percent-encoded instead (%20 for a space); -1 when it holds none.
    static qsizetype forbiddenCharacter(const QString &address);
    // The address as a link target, percent-encoded; empty when it is not a web address.
    static QString target(const QString &address);
};
