#pragma once

#include <QIcon>
#include <QString>

namespace md {

/// The application's reverse-DNS id (freedesktop Desktop Entry spec §2 "Desktop File ID",
/// AppStream `<id>`): the name of the .desktop file, the metainfo file and the themed icon.
/// A GUI passes it to QGuiApplication::setDesktopFileName() so Wayland shells match windows
/// to the menu entry.
[[nodiscard]] QString applicationId();

/// The application icon from the compiled-in resources: the PNGs rendered from
/// resources/icons/<id>.svg at every size a desktop uses (16–256 px). For
/// QGuiApplication::setWindowIcon(); needs no icon theme and no SVG plugin.
[[nodiscard]] QIcon applicationIcon();

/// The pixel sizes applicationIcon() holds, smallest first.
[[nodiscard]] QList<int> applicationIconSizes();

}  // namespace md
