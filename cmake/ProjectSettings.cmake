# One INTERFACE target that every target of the project links: the language level, the
# warnings and the Qt hygiene defines live here and nowhere else. -Wnull-dereference is left
# out: GCC 12 reports it inside inlined Qt containers at -O2, where no null can reach.
add_library(briefing_settings INTERFACE)

target_compile_options(briefing_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Wcast-align -Wimplicit-fallthrough
    -Wformat=2)
if(BRIEFING_WERROR)
    target_compile_options(briefing_settings INTERFACE -Werror)
endif()

target_compile_definitions(briefing_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS)

if(BRIEFING_SANITIZE)
    target_compile_options(briefing_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(briefing_settings INTERFACE -fsanitize=address,undefined)
endif()
