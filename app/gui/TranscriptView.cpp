#include "TranscriptView.h"

#include "TranscriptModel.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace md::gui {

TranscriptView::TranscriptView(TranscriptModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *legend = new QLabel(tr("C: what Mail Doctor sent · S: what the server replied · TLS: encryption events · "
                                 "\"tls\" before a line: it travelled encrypted · passwords are never shown. Hover a "
                                 "line to see what its codes mean."),
        this);
    legend->setWordWrap(true);

    m_list = new QListView(this);
    m_list->setModel(model);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int iconSide = m_list->fontMetrics().height() - 2;
    m_list->setIconSize(QSize(iconSide, iconSide));
    m_list->setAccessibleName(tr("Transcript"));
    m_list->setAccessibleDescription(tr("Every line sent and received during the check"));
    m_list->setObjectName(QStringLiteral("transcriptList"));

    auto *copyAction = new QAction(tr("&Copy"), m_list);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &TranscriptView::copySelection);
    m_list->addAction(copyAction);
    auto *copyAllAction = new QAction(tr("Copy &all"), m_list);
    connect(copyAllAction, &QAction::triggered, this, &TranscriptView::copyAll);
    m_list->addAction(copyAllAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Follow new lines while the view is scrolled to the bottom (as Qt Creator's output pane).
    QScrollBar *bar = m_list->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_follow = value >= bar->maximum(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_list->scrollToBottom();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_follow = true; });

    m_findBar = new QWidget(this);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    auto *findLabel = new QLabel(tr("Find:"), m_findBar);
    m_find = new QLineEdit(m_findBar);
    m_find->setAccessibleName(tr("Find in the transcript"));
    m_find->setPlaceholderText(tr("text to find, e.g. AUTH or 535"));
    m_find->setClearButtonEnabled(true);
    for (QToolButton *clear : m_find->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the find text"));
    findLabel->setBuddy(m_find);
    auto *next = new QPushButton(tr("Next"), m_findBar);
    next->setAccessibleName(tr("Find the next match"));
    auto *previous = new QPushButton(tr("Previous"), m_findBar);
    previous->setAccessibleName(tr("Find the previous match"));
    m_findStatus = new QLabel(m_findBar);
    auto *copySelected = new QPushButton(tr("Copy selected"), this);
    copySelected->setAccessibleName(tr("Copy the selected transcript lines"));
    auto *copyAllButton = new QPushButton(tr("Copy all"), this);
    copyAllButton->setAccessibleName(tr("Copy the whole transcript"));
    findLayout->addWidget(findLabel);
    findLayout->addWidget(m_find, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_findStatus);
    findLayout->addStretch();
    findLayout->addWidget(copySelected);
    findLayout->addWidget(copyAllButton);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textEdited, this, [this] { m_findStatus->clear(); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(copySelected, &QPushButton::clicked, this, &TranscriptView::copySelection);
    connect(copyAllButton, &QPushButton::clicked, this, &TranscriptView::copyAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(legend);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_findBar);
}

void TranscriptView::startFind()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

bool TranscriptView::findNext(bool backwards)
{
    const QString needle = m_find->text();
    const int rows = m_model->rowCount();
    if (needle.isEmpty() || rows == 0) {
        m_findStatus->setText(needle.isEmpty() ? QString() : tr("Not found"));
        return false;
    }
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : (backwards ? rows : -1);
    for (int step = 1; step <= rows; ++step) {
        const int row = ((backwards ? current - step : current + step) % rows + rows) % rows;
        if (m_model->lineText(row).contains(needle, Qt::CaseInsensitive)) {
            const QModelIndex index = m_model->index(row);
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_findStatus->setText(tr("Line %1 of %2").arg(row + 1).arg(rows));
            return true;
        }
    }
    m_findStatus->setText(tr("Not found"));
    return false;
}

QString TranscriptView::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QString text;
    for (int row : rows)
        text += m_model->lineText(row) + QLatin1Char('\n');
    return text;
}

void TranscriptView::copySelection() const
{
    QApplication::clipboard()->setText(selectedText());
}

void TranscriptView::copyAll() const
{
    QApplication::clipboard()->setText(m_model->allText());
}

}  // namespace md::gui
