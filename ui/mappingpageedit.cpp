// MappingPage: editing rules, saving versions, comparing and rolling back, import and templates.
#include "app/mappingtemplates.h"
#include "app/workspace.h"
#include "backgroundcall.h"
#include "errorbanner.h"
#include "mappingpage.h"
#include "mappingpreview.h"
#include "mappingruleeditor.h"
#include "mappingversions.h"
#include "models/mapping/entraschemaimport.h"
#include "sourceattributelist.h"
#include "targetattributetable.h"

#include <QFile>
#include <QJsonDocument>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>

namespace Tenure::Ui {

void MappingPage::mapSelected()
{
    const QString source = m_sources->currentAttribute();
    const QString target = m_targets->currentTarget();
    if (source.isEmpty() || target.isEmpty()) {
        m_banner->show(ErrorBanner::Kind::Information,
                       tr("Select an HR attribute on the left and a target attribute, then press Ctrl+M."));
        return;
    }
    mapSource(target, source);
}

void MappingPage::mapSource(const QString& target, const QString& source)
{
    auto it = std::find_if(m_mapping.attributes.begin(), m_mapping.attributes.end(),
                           [&](const Models::AttributeMapping& rule) { return rule.target == target; });
    if (it == m_mapping.attributes.end()) {
        m_mapping.attributes.append(Models::AttributeMapping::direct(target, source));
    } else {
        it->kind = Models::MappingKind::Direct;
        it->source = source;
    }
    refreshViews();
    m_targets->selectTarget(target);
    showRuleOf(target);
    setModified(true);
    m_preview->schedule(m_mapping);
}

void MappingPage::onRuleEdited(const Models::AttributeMapping& edited)
{
    auto it = std::find_if(m_mapping.attributes.begin(), m_mapping.attributes.end(),
                           [&](const Models::AttributeMapping& rule) { return rule.target == edited.target; });
    if (it == m_mapping.attributes.end())
        return;
    const bool becameMatching = it->matchingPrecedence == 0 && edited.matchingPrecedence > 0;
    *it = edited;
    if (becameMatching) {
        int last = 0;
        for (const auto& rule : std::as_const(m_mapping.attributes))
            if (&rule != &*it)
                last = std::max(last, rule.matchingPrecedence);
        it->matchingPrecedence = last + 1;
    }
    // Only the edited row's text changes; the rest of the table stays (and keeps its selection).
    const int row = m_targets->rowOfTarget(edited.target);
    if (row >= 0) {
        m_targets->item(row, TargetAttributeTable::RuleColumn)->setText(it->describe());
        m_targets->item(row, TargetAttributeTable::ApplyColumn)
            ->setText(it->apply == Models::ApplyWhen::Always ? tr("always") : tr("on create"));
        m_targets->item(row, TargetAttributeTable::MatchColumn)
            ->setText(it->matchingPrecedence > 0 ? tr("#%1").arg(it->matchingPrecedence) : QString());
    }
    {
        const QSignalBlocker block(m_matching->model());
        m_matching->clear();
        for (const auto* rule : m_mapping.matchingMappings())
            m_matching->addItem(rule->target);
    }
    setModified(true);
    m_preview->schedule(m_mapping);
}

void MappingPage::removeRule(const QString& target)
{
    m_mapping.attributes.removeIf([&](const Models::AttributeMapping& rule) { return rule.target == target; });
    refreshViews();
    setModified(true);
    m_preview->schedule(m_mapping);
}

void MappingPage::onMatchingReordered()
{
    for (int i = 0; i < m_matching->count(); ++i)
        for (auto& rule : m_mapping.attributes)
            if (rule.target == m_matching->item(i)->text())
                rule.matchingPrecedence = i + 1;
    const QString keep = m_targets->currentTarget();
    m_targets->setMapping(m_mapping, App::HrSamples::commonTargetAttributes(m_samples.targetType));
    m_targets->selectTarget(keep);
    setModified(true);
    m_preview->schedule(m_mapping);
}

void MappingPage::save()
{
    if (!m_loaded)
        return;
    if (auto valid = m_mapping.validate(); !valid) {
        m_banner->showError(tr("Not saved: %1").arg(valid.error().describe()));
        if (!valid.error().context.attribute.isEmpty())
            m_targets->selectTarget(valid.error().context.attribute);
        return;
    }
    const QString tenant = m_samples.directory;
    m_save->setEnabled(false);
    runInBackground(this, [&workspace = m_workspace, tenant, mapping = m_mapping] {
        return workspace.mappings().save(tenant, mapping);
    }, [this, tenant](const Models::Result<int>& version) {
        m_save->setEnabled(true);
        if (!version) {
            m_banner->showError(tr("Cannot save the mapping of %1: %2").arg(tenant, version.error().describe()));
            return;
        }
        m_samples.mappingVersion = *version;
        setModified(false);
        m_banner->show(ErrorBanner::Kind::Success, tr("Saved as version %1 of %2's mapping.").arg(*version).arg(tenant));
        loadVersions();
        Q_EMIT saved(*version);
    });
}

void MappingPage::loadVersions()
{
    runInBackground(this, [&workspace = m_workspace, tenant = m_samples.directory] {
        return workspace.mappings().versions(tenant);
    }, [this](const Models::Result<QList<Models::MappingVersion>>& versions) {
        if (!versions) {
            m_versions->showError(tr("Cannot list the versions: %1").arg(versions.error().describe()));
            return;
        }
        m_versions->setVersions(*versions);
        Q_EMIT versionsLoaded();
    });
}

void MappingPage::compareVersions(int left, int right)
{
    using Pair = std::pair<Models::Result<Models::MappingSet>, Models::Result<Models::MappingSet>>;
    runInBackground(this, [&workspace = m_workspace, tenant = m_samples.directory, left, right] {
        return Pair{workspace.mappings().load(tenant, left), workspace.mappings().load(tenant, right)};
    }, [this, left, right](const Pair& loaded) {
        if (!loaded.first || !loaded.second) {
            const auto& error = !loaded.first ? loaded.first.error() : loaded.second.error();
            m_versions->showError(tr("Cannot compare: %1").arg(error.describe()));
            return;
        }
        m_versions->showComparison(left, *loaded.first, right, *loaded.second);
        Q_EMIT compared();
    });
}

void MappingPage::rollBack(int version)
{
    const QString tenant = m_samples.directory;
    runInBackground(this, [&workspace = m_workspace, tenant, version]() -> Models::Result<std::pair<int, Models::MappingSet>> {
        auto old = workspace.mappings().load(tenant, version);
        if (!old)
            return std::unexpected(old.error());
        auto saved = workspace.mappings().save(tenant, *old);
        if (!saved)
            return std::unexpected(saved.error());
        return std::pair{*saved, *old};
    }, [this, tenant, version](const Models::Result<std::pair<int, Models::MappingSet>>& result) {
        if (!result) {
            m_versions->showError(tr("Cannot roll back: %1").arg(result.error().describe()));
            return;
        }
        m_samples.mappingVersion = result->first;
        setMapping(result->second, false);
        m_banner->show(ErrorBanner::Kind::Success,
                       tr("Rolled back: version %1 is saved again as version %2 of %3's mapping.")
                           .arg(version).arg(result->first).arg(tenant));
        loadVersions();
        Q_EMIT saved(result->first);
    });
}

void MappingPage::importEntraSchema(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showError(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return;
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        m_banner->showError(tr("%1 is not an Entra schema: %2 at offset %3")
                                .arg(path, parseError.errorString()).arg(parseError.offset));
        return;
    }
    auto imported = Models::importEntraSchema(document.object());
    if (!imported) {
        m_banner->showError(tr("Cannot import %1: %2").arg(path, imported.error().describe()));
        return;
    }
    imported->mapping.lifecycle = m_mapping.lifecycle;
    setMapping(imported->mapping, true);
    m_tabs->setCurrentIndex(0);
    if (imported->notImported.isEmpty())
        m_banner->show(ErrorBanner::Kind::Success,
                       tr("Imported %n attribute rule(s). Review them, then Save (Ctrl+S).", nullptr,
                          int(imported->mapping.attributes.size())));
    else
        m_banner->show(ErrorBanner::Kind::Warning,
                       tr("Imported %n attribute rule(s); not imported:", nullptr, int(imported->mapping.attributes.size()))
                           + QStringLiteral("\n• ") + imported->notImported.join(QStringLiteral("\n• ")));
}

void MappingPage::startFromTemplate(const QString& name)
{
    auto loaded = App::MappingTemplates::load(name);
    if (!loaded) {
        m_banner->showError(tr("Cannot load the template %1: %2").arg(name, loaded.error().describe()));
        return;
    }
    setMapping(loaded->mapping, true);
    m_tabs->setCurrentIndex(0);
    m_banner->show(ErrorBanner::Kind::Information,
                   tr("Started from the template \"%1\". Adjust it to your HR attributes, then Save (Ctrl+S).").arg(loaded->title));
}

} // namespace Tenure::Ui
