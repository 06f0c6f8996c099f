#include "Icons.h"

#include <QHash>

namespace md::gui {

QIcon icon(const char *name)
{
    static QHash<QString, QIcon> cache;
    const QString key = QString::fromLatin1(name);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QIcon(QStringLiteral(":/icons/%1.svg").arg(key)));
    return *it;
}

QIcon statusIcon(Step::Status status)
{
    switch (status) {
    case Step::Status::Ok:
        return icon("ok");
    case Step::Status::Failed:
        return icon("error");
    case Step::Status::Warning:
        return icon("warning");
    case Step::Status::Skipped:
        return icon("skipped");
    }
    return {};
}

QIcon severityIcon(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return icon("error");
    case Finding::Severity::Warning:
        return icon("warning");
    case Finding::Severity::Info:
        return icon("info");
    }
    return {};
}

}  // namespace md::gui
