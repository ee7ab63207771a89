//! Messages that must not be missed, at the top of the page: a stored draft that could not be read,
//! and another tab's newer version of this draft.

use leptos::prelude::*;

use super::workspace::Workspace;

#[component]
pub fn Notices(ws: Workspace) -> impl IntoView {
    view! {
        {move || {
            ws.notice.get().map(|text| {
                view! {
                    <div class="notice" role="alert" data-notice="">
                        <p>{text}</p>
                        <button type="button" on:click=move |_| ws.notice.set(None)>"知道了"</button>
                    </div>
                }
            })
        }}
        {move || {
            ws.conflict.with(Option::is_some).then(|| {
                view! {
                    <div class="notice conflict" role="alert" data-conflict="">
                        <p>"此草稿刚在另一个标签页中被修改。为免互相覆盖，本页已暂停保存。请选择保留哪一个版本："</p>
                        <button type="button" data-action="take-theirs" on:click=move |_| ws.take_theirs()>"载入另一标签页的版本"</button>
                        " "
                        <button type="button" data-action="keep-mine" on:click=move |_| ws.keep_mine()>"保留本页的版本"</button>
                    </div>
                }
            })
        }}
    }
}
