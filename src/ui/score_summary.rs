//! The score beside the form: 总分 and 等级 (the page contract's `data-score="total"` and `data-grade`),
//! what is still to be scored, and where points were lost — leading to the scoring table.

use leptos::prelude::*;

use super::app::Navigation;
use super::bind::text;
use super::workspace::Workspace;
use crate::browser::focus::scroll_to;
use crate::core::scoring::rules::two;
use crate::core::exact::Exact;

#[component]
pub fn ScoreSummary(ws: Workspace) -> impl IntoView {
    // Nothing typed yet scores nothing: no total, no grade, and where to start.
    let started = ws.started;
    let navigation = use_context::<Navigation>();
    let total = text(move || if started.get() { ws.evaluation.with(|e| e.scores.total_text()) } else { "—".to_string() });
    // `data-grade` is the band of the total as it stands (the page contract: 优/良/中/差); while rows wait
    // for a score it is greyed and marked 暂计, never shown as a verdict.
    let grade = text(move || if started.get() { ws.evaluation.with(|e| e.scores.grade.label().to_string()) } else { "—".to_string() });
    let preset = text(move || ws.evaluation.with(|e| if e.scores.edited { "自编评分表" } else { e.scores.preset.label() }.to_string()));
    let pending = Memo::new(move |_| ws.evaluation.with(|e| e.scores.pending_text()));
    let provisional = move || started.get() && pending.with(Option::is_some);
    let lost = Memo::new(move |_| {
        ws.evaluation.with(|e| {
            e.scores
                .rows
                .iter()
                .filter_map(|r| {
                    let score = r.score.filter(|s| *s < r.row.points)?;
                    let lost = r.row.points.minus(score)?;
                    Some((r.row.level3.clone(), two(lost), r.note.clone()))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="panel score-summary" aria-labelledby="score-title">
            <h2 id="score-title">"自评得分" <small>{preset}</small></h2>
            <p class="score-line">
                <span class="total" data-score="total">{total}</span>" 分，等级 "
                <span class="grade" class:provisional=provisional data-grade="">{grade}</span>
                <Show when=provisional>"（暂计）"</Show>
            </p>
            <Show when=move || !started.get()>
                <p class="start-hint" data-hint="start">"先填单位与人员，或点“填入示例”。"
                    <button type="button" class="link" data-action="open-audit" on:click=move |_| navigation.iter().for_each(Navigation::open_audit)>
                        "有上年报告？到“审校报告”粘贴或打开，点“据此新建草稿”"
                    </button>
                </p>
            </Show>
            <Show when=provisional>
                <p class="pending-line">{text(move || format!("{}，总分为暂计。", pending.get().unwrap_or_default()))}</p>
            </Show>
            <ul class="lost">
                {move || lost.get().into_iter().map(|(name, points, note)| view! {
                    <li><span class="name">{name}</span>" 扣"{points}"分" <small>{note}</small></li>
                }).collect_view()}
            </ul>
            <button type="button" data-action="go-scoring" on:click=move |_| scroll_to("scoring")>"查看评分表"</button>
        </section>
    }
}
