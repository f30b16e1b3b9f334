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

    // The most characters of an address a list or a printed page shows.
    static constexpr qsizetype MaxShownLength = 300;
    // An address as a list or a page of many shows it: whole up to MaxShownLength characters,
    // else its start (the site) and its end with "…" between. A 2,000-character address
    // filled 24 lines; the link keeps the whole address, and the page of one entry shows it.
    static QString shortened(const QString &shown);
};
