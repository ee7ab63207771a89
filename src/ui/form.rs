//! The data-entry form, in the order of the report (SPEC §2).

use leptos::prelude::*;

use super::deferred::AfterFirstPaint;
use super::field_input::FieldInput;
use super::projects_table::ProjectsTable;
use super::remount::RemountOnReplace;
use super::workspace::Workspace;
use crate::core::draft::fields::{Section, FIELDS};

/// A titled group of the catalogue's fields of `section`.
#[component]
fn FormSection(ws: Workspace, title: &'static str, section: Section, #[prop(optional)] note: &'static str, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    let fields = FIELDS.iter().filter(|f| f.section == section).map(|f| view! { <FieldInput ws id=f.id/> }).collect_view();
    view! {
        <fieldset class="section">
            <legend>{title}</legend>
            {(!note.is_empty()).then(|| view! { <p class="note">{note}</p> })}
            <div class="grid">{fields}</div>
            {children.map(|c| c())}
        </fieldset>
    }
}

#[component]
pub fn DraftForm(ws: Workspace) -> impl IntoView {
    // Re-created only when the whole draft is replaced; typing never re-renders the form.
    view! {
        <RemountOnReplace ws>
            <form class="draft-form" on:submit=|ev| ev.prevent_default() autocomplete="off">
                <FormSection ws title="一、单位与人员" section=Section::Unit/>
                <FormSection ws title="人员编制" section=Section::Staff note="工勤人员是否计入编制，在“口径”中选择（计算结果一栏）。"/>
                <FormSection ws title="二、预算" section=Section::Budget note="全年预算数 = 上年结转 + 年初预算 + 年中追加 − 年中调减 + 其他资金。金额单位均为万元，可输入“116000元”“1,922.76”或全角数字。"/>
                <FormSection ws title="三、支出" section=Section::Spending>
                    <ProjectsTable ws/>
                </FormSection>
                // Below the first screen: rendered once it has been painted.
                <AfterFirstPaint part=2>
                    <FormSection ws title="公用经费预算" section=Section::PublicExpense/>
                    <FormSection ws title="“三公”经费" section=Section::Sangong note="分项可不填；填写分项时，分项之和应等于合计。"/>
                    <FormSection ws title="政府采购" section=Section::Procurement/>
                    <FormSection ws title="固定资产" section=Section::Assets/>
                    <FormSection ws title="预决算信息公开" section=Section::Disclosure note="预算法第十四条：批复后20日内公开。"/>
                    <FormSection ws title="报告文字（原样写入报告）" section=Section::Narrative note="每行一段；留空的部分会在报告中以【此处填写…】标出。"/>
                    <FormSection ws title="附件1 基础数据表补充" section=Section::BasicData note="仅用于附件1：上年决算数、公用经费明细、楼堂馆所。可不填。"/>
                </AfterFirstPaint>
            </form>
        </RemountOnReplace>
    }
}
