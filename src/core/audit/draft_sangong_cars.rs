//! A unit that says it has no cars (“本单位无公务用车”, “单位未配备公务用车”) spent nothing this year on buying one
//! or on running one; one that says it bought none (“当年未购置公务用车”) spent nothing on buying, and said nothing
//! of the running: the “三公” car items a new draft fills with 0 from such words.

use super::draft_sangong_none::is_preamble;

/// What a unit's cars are called.
const CARS: [&str; 4] = ["公务用车", "公务车辆", "公务车", "公车"];

/// Words before the cars that say the unit has none.
const HAS_NONE: [&str; 7] = ["没有配备", "未配备", "未配置", "未配有", "不配备", "没有", "无"];

/// Words before the cars that say none was bought.
const BOUGHT_NONE: [&str; 8] = ["未新购置", "未更新购置", "没有购置", "未购置", "未购买", "未新购", "未采购", "无购置"];

/// The car items a clause says nothing was spent on: both for no cars, the 购置 for none bought. Only the whole
/// clause (“本馆没有公务用车”), so that “无公务用车购置计划” or “无公务用车超编” say nothing here.
pub(super) fn none_of_cars(clause: &str) -> Option<Vec<&'static str>> {
    let clause = clause.trim_end_matches(['。', '.']);
    let before = CARS.iter().find_map(|car| clause.strip_suffix(car))?;
    if let Some(head) = BOUGHT_NONE.iter().find_map(|w| before.strip_suffix(w)) {
        return is_preamble(head).then(|| vec!["sangong.car_purchase"]);
    }
    let head = HAS_NONE.iter().find_map(|w| before.strip_suffix(w))?;
    is_preamble(head).then(|| vec!["sangong.car_purchase", "sangong.car_running"])
}

#[cfg(test)]
mod tests {
    use super::none_of_cars;

    const BOTH: Option<&[&str]> = Some(&["sangong.car_purchase", "sangong.car_running"]);

    #[test]
    fn no_cars_is_neither_bought_nor_run_and_none_bought_is_only_the_buying() {
        for clause in ["本单位无公务用车", "单位未配备公务用车", "本馆没有公务用车", "该中心未配备公务车辆", "2024年本局无公车"] {
            assert_eq!(none_of_cars(clause).as_deref(), BOTH, "{clause}");
        }
        for clause in ["未购置公务用车", "当年未购置公务用车", "全年没有购置公务用车", "本年度未更新购置公务用车"] {
            assert_eq!(none_of_cars(clause).as_deref(), Some(&["sangong.car_purchase"][..]), "{clause}");
        }
    }

    #[test]
    fn words_that_say_something_else_of_the_cars_say_nothing() {
        for clause in ["无公务用车购置计划", "现有公务用车2辆", "严格公务用车管理", "无公务用车使用登记", "一季度无公务用车", "车改后无公务用车", "公务用车"] {
            assert_eq!(none_of_cars(clause), None, "{clause}");
        }
    }
}
