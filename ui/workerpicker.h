#pragma once

#include "app/workerfinder.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
}

namespace Tenure::Ui {

// Finds a worker by name or id for a request that needs the worker id: type a few letters of the
// name (any accents, any case) or the start of the id and choose from the list. The HR sources
// are read once, off the GUI thread, when load() is first called. A worker id no HR source lists
// can still be typed: emergency terminations sometimes run ahead of HR's own records.
class WorkerPicker : public QWidget {
    Q_OBJECT

public:
    WorkerPicker(App::Workspace& workspace, App::ConnectorFactory& connectors, QWidget* parent = nullptr);

    void load();   // reads the HR sources the first time; later calls do nothing
    void clear();
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    // The worker id to use: the chosen worker's, the typed id if it is one, the only worker the
    // text matches, or else the text as typed. Empty when nothing is typed; `ambiguous` is set
    // when several workers match and none was chosen.
    [[nodiscard]] QString workerId(bool* ambiguous = nullptr) const;
    [[nodiscard]] QLineEdit* edit() const { return m_edit; }
    [[nodiscard]] QCompleter* completer() const { return m_completer; }
    [[nodiscard]] QString cardText() const;

    // Chooses a suggestion as a click would (tests, keyboard users pressing Enter on it).
    void choose(const QString& workerId);

private:
    void suggest();
    void showCard();

    App::Workspace& m_workspace;
    App::ConnectorFactory& m_connectors;
    QList<App::WorkerCard> m_workers;
    std::optional<App::WorkerCard> m_chosen;
    bool m_loading = false;
    bool m_loaded = false;

    QLineEdit* m_edit;
    QLabel* m_card;
    QCompleter* m_completer;
    QStandardItemModel* m_suggestions;
    QTimer* m_delay;
};

} // namespace Tenure::Ui
