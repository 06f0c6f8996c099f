#include "AppIdentity.h"

namespace md {

QString applicationId()
{
    return QStringLiteral(MAILDOCTOR_APP_ID);
}

QList<int> applicationIconSizes()
{
    return { MAILDOCTOR_ICON_SIZES };
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : applicationIconSizes())
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(applicationId()), QSize(size, size));
    return icon;
}

}  // namespace md
