#pragma once
// Shared by the GUI tests: find the app's widgets by object name and fill a settings form the
// way a person does (typing, choosing), and wait for a run to end.

#include "DiagnoseView.h"
#include "ServerSettingsWidget.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>
#include <QWizard>

namespace md::test {

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

inline void typeInto(QWidget *form, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(form, name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline void typePort(QWidget *form, int port)
{
    auto *spin = child<QSpinBox>(form, QStringLiteral("port"));
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(port));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), port);
}

inline void chooseSecurity(QWidget *form, const QString &mode)
{
    auto *combo = child<QComboBox>(form, QStringLiteral("security"));
    QVERIFY(combo);
    const int index = combo->findData(mode);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

/// Next (or the commit page's "Save account") is shown and enabled.
inline bool wizardNextEnabled(QWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QAbstractButton *commit = wizard->button(QWizard::CommitButton);
    return (next->isVisible() && next->isEnabled()) || (commit->isVisible() && commit->isEnabled());
}

/// Clicks Next (or the commit button), which must be enabled.
inline void clickNext(QWizard *wizard)
{
    QAbstractButton *button = wizard->button(QWizard::NextButton);
    if (!button->isVisible())
        button = wizard->button(QWizard::CommitButton);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

inline bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

/// Every interactive node under `node` without a name, as "Role (ObjectName of its widget)".
inline void collectUnnamed(QAccessibleInterface *node, QStringList &unnamed, int depth = 0)
{
    if (!node || depth > 60)
        return;
    if (interactive(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *object = node->object();
        QString where;
        for (QObject *o = object; o; o = o->parent())
            where += QStringLiteral("/%1:%2").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
        unnamed << QStringLiteral("role %1 at %2").arg(int(node->role())).arg(where);
    }
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), unnamed, depth + 1);
}

}  // namespace md::test
