//! A formula as reports write it, normalised: “（6.5-7.2）/7.2×100%”, “1928.7/1946.86×100%”,
//! “（实际支出公用经费总额11.6万元/预算安排公用经费总额11.6万元）×100%”, or in words only,
//! “公用经费实际支出/预算安排公用经费×100%”. Its value is computed exactly (as a fraction of decimals),
//! and a formula in words followed by the same formula in figures names each figure.

use std::ops::Range;

use rust_decimal::Decimal;

use super::numbers::{Number, Unit};
use super::text::ideograph;
use crate::core::calc::rate::Rate;
use crate::core::exact::Exact;

/// One piece of a formula.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// A number (its index among the text's numbers) and its value as a fraction.
    Number(usize, Decimal, Decimal),
    /// Words: a figure's name, or filler.
    Words(Range<usize>),
    Op(char),
    Open,
    Close,
}

/// No report writes a formula longer than this; beyond it, the words are not a formula.
const MAX_TOKENS: usize = 64;

/// The tokens of `text[range]`; `numbers` are the text's numbers, in order.
pub fn tokens(text: &str, range: Range<usize>, numbers: &[Number]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut at = range.start;
    while at < range.end && out.len() <= MAX_TOKENS {
        let operand_before = matches!(out.last(), Some(Token::Number(..) | Token::Close));
        if let Ok(index) = numbers.binary_search_by_key(&at, |n| n.start) {
            let number = &numbers[index];
            if number.end <= range.end {
                let (mut value, mut over) = (number.value, Decimal::ONE);
                if number.value.is_sign_negative() && operand_before {
                    // “6.5-7.2”: a subtraction, not a negative number.
                    out.push(Token::Op('-'));
                    value.set_sign_negative(false);
                }
                // “×100%”, and “×100” written without its %: the rate as a percentage.
                let hundred = value == Decimal::ONE_HUNDRED && matches!(out.last(), Some(Token::Op('×')));
                if number.unit == Unit::Percent || hundred {
                    over = Decimal::ONE_HUNDRED;
                }
                out.push(Token::Number(index, value, over));
                // “38.90万元（实际公用经费）”: the figure's name after it, in brackets, is no bracket of the sum.
                at = gloss_after(text, number.end, range.end).map_or(number.end, |gloss| gloss.end + '）'.len_utf8());
                continue;
            }
        }
        let Some(c) = text[at..].chars().next() else { break };
        let token = match c {
            '+' | '-' | '×' | '/' => Some(Token::Op(c)),
            'x' | 'X' if text[at + 1..].starts_with(|c: char| c.is_ascii_digit()) => Some(Token::Op('×')),
            '（' => Some(Token::Open),
            '）' => Some(Token::Close),
            _ => None,
        };
        match (token, out.last_mut()) {
            (Some(token), _) => out.push(token),
            (None, Some(Token::Words(words))) => words.end = at + c.len_utf8(),
            (None, _) => out.push(Token::Words(at..at + c.len_utf8())),
        }
        at += c.len_utf8();
    }
    out
}

/// “38.90万元（实际公用经费）/40.00万元（公用经费预算）”: the words in brackets right after a figure, up
/// to `end` — a name, no figure or operator of its own.
fn gloss_after(text: &str, at: usize, end: usize) -> Option<Range<usize>> {
    const LONGEST: usize = 16;
    let inner = at + text.get(at..end)?.strip_prefix('（').map(|_| '（'.len_utf8())?;
    let close = inner + text.get(inner..end)?.find('）')?;
    let words = text.get(inner..close)?;
    let name_only = (2..=LONGEST).contains(&words.chars().count()) && words.chars().all(|c| ideograph(c) || "“”\"".contains(c));
    name_only.then_some(inner..close)
}

/// The figures of a formula named in brackets after them (“38.90万元（实际公用经费）”): name range, number index.
pub fn glossed(text: &str, range: Range<usize>, numbers: &[Number]) -> Vec<(Range<usize>, usize)> {
    let first = numbers.partition_point(|n| n.start < range.start);
    numbers[first..]
        .iter()
        .enumerate()
        .take_while(|(_, n)| n.end <= range.end)
        .filter_map(|(k, n)| gloss_after(text, n.end, range.end).map(|gloss| (gloss, first + k)))
        .collect()
}

/// The formula's value, if it is arithmetic on numbers (words between are names and are skipped).
pub fn value(tokens: &[Token]) -> Option<Rate> {
    let bare = without_named_groups(tokens.iter().filter(|t| !matches!(t, Token::Words(_))));
    if bare.len() > MAX_TOKENS || !bare.iter().any(|t| matches!(t, Token::Number(..))) {
        return None;
    }
    // “（公用经费预算18.00万元）” after a rate names one figure: with nothing worked on it, no formula.
    if !bare.iter().any(|t| matches!(t, Token::Op(_))) {
        return None;
    }
    let mut parser = Parser { tokens: &bare, at: 0, depth: 0 };
    let (numerator, denominator) = parser.sum()?;
    (parser.at == bare.len()).then_some(())?;
    Rate::new(numerator, denominator)
}

/// The bare tokens without a bracket of words alone: it names the figure after it (“支出…/（上年结转+本年
/// 收入）1,422,052.36元”), it is worked on by nothing.
fn without_named_groups<'t>(bare: impl Iterator<Item = &'t Token>) -> Vec<&'t Token> {
    let mut kept: Vec<&Token> = Vec::new();
    let mut opens: Vec<usize> = Vec::new();
    for token in bare {
        match token {
            Token::Open => {
                opens.push(kept.len());
                kept.push(token);
            }
            Token::Close => match opens.pop() {
                Some(open) if !kept[open..].iter().any(|t| matches!(t, Token::Number(..))) => kept.truncate(open),
                _ => kept.push(token),
            },
            _ => kept.push(token),
        }
    }
    kept
}

/// Exact arithmetic on fractions `(numerator, denominator)`, by precedence.
struct Parser<'a> {
    tokens: &'a [&'a Token],
    at: usize,
    depth: u32,
}

type Fraction = (Decimal, Decimal);

impl Parser<'_> {
    fn next_op(&self) -> Option<char> {
        match self.tokens.get(self.at) {
            Some(Token::Op(op)) => Some(*op),
            _ => None,
        }
    }

    fn sum(&mut self) -> Option<Fraction> {
        let mut left = self.product()?;
        while let Some(op @ ('+' | '-')) = self.next_op() {
            self.at += 1;
            let right = self.product()?;
            let cross = |a: Fraction, b: Fraction| Some((a.0.times(b.1)?, b.0.times(a.1)?, a.1.times(b.1)?));
            let (a, b, d) = cross(left, right)?;
            left = (if op == '+' { a.plus(b)? } else { a.minus(b)? }, d);
        }
        Some(left)
    }

    fn product(&mut self) -> Option<Fraction> {
        let mut left = self.factor()?;
        while let Some(op @ ('×' | '/')) = self.next_op() {
            self.at += 1;
            let right = self.factor()?;
            left = if op == '×' {
                (left.0.times(right.0)?, left.1.times(right.1)?)
            } else {
                (!right.0.is_zero()).then_some(())?;
                (left.0.times(right.1)?, left.1.times(right.0)?)
            };
        }
        Some(left)
    }

    fn factor(&mut self) -> Option<Fraction> {
        self.depth += 1;
        if self.depth > 32 {
            return None;
        }
        let token = *self.tokens.get(self.at)?;
        self.at += 1;
        let value = match token {
            Token::Number(_, value, over) => Some((*value, *over)),
            Token::Op('-') => self.factor().and_then(|(n, d)| Some((Decimal::ZERO.minus(n)?, d))),
            Token::Open => {
                let inner = self.sum()?;
                matches!(self.tokens.get(self.at), Some(Token::Close)).then_some(())?;
                self.at += 1;
                Some(inner)
            }
            _ => None,
        };
        self.depth -= 1;
        value
    }
}

/// “（7.40-8.10）÷7.40”: a difference over its own first figure, as a change over this year's figure
/// would be; the two figures.
pub fn over_minuend(tokens: &[Token]) -> Option<(Decimal, Decimal)> {
    let bare: Vec<&Token> = tokens.iter().filter(|t| !matches!(t, Token::Words(_))).collect();
    match bare.as_slice() {
        [Token::Open, Token::Number(_, a, one), Token::Op('-'), Token::Number(_, b, _), Token::Close, Token::Op('/'), Token::Number(_, c, _), ..]
            // Where the two years are level, either is the base: no sign of the wrong one.
            if a == c && a != b && *one == Decimal::ONE && !a.is_zero() =>
        {
            Some((*a, *b))
        }
        _ => None,
    }
}

/// The figures a formula in words names, when the same formula follows in figures
/// (“公用经费实际支出/预算安排公用经费×100%=80.8/85.0×100%”): each name's range and its number.
pub fn named(words: &[Token], figures: &[Token]) -> Vec<(Range<usize>, usize)> {
    let ((names, shape), (numbers, same)) = (operands(words), operands(figures));
    // “（在职人员数÷编制数）×100%” and “35÷38×100%” name the same operands in the same order.
    let unbracketed = |shape: &str| shape.chars().filter(|c| !"()".contains(*c)).collect::<String>();
    if unbracketed(&shape) != unbracketed(&same) {
        return vec![];
    }
    names
        .into_iter()
        .zip(numbers)
        .filter_map(|(name, number)| match (name, number) {
            (Operand::Words(range), Operand::Number(index)) => Some((range, index)),
            _ => None,
        })
        .collect()
}

/// Whether a formula in words divides a planned figure by a done one (“本年预算÷本年实际”, “核定编制数/在职
///人数”): its first two operands, each named by words of one side only.
pub fn budget_over_actual(text: &str, words: &[Token]) -> bool {
    const PLANNED: [&str; 2] = ["预算", "编制"];
    const DONE: [&str; 7] = ["实际", "支出", "决算", "在职", "实有", "在编", "完成"];
    let side = |range: &Range<usize>| {
        let name = text.get(range.clone()).unwrap_or_default();
        let planned = PLANNED.iter().any(|w| name.contains(w));
        let done = DONE.iter().any(|w| name.contains(w));
        (planned != done).then_some(planned)
    };
    let (operands, shape) = operands(words);
    let unbracketed: String = shape.chars().filter(|c| !"()".contains(*c)).collect();
    match operands.as_slice() {
        [Operand::Words(top), Operand::Words(bottom), ..] if unbracketed.starts_with("a/a") => side(top) == Some(true) && side(bottom) == Some(false),
        _ => false,
    }
}

enum Operand {
    Words(Range<usize>),
    Number(usize),
    /// Words naming a number (“在职人员数18人”).
    Named,
}

/// A formula's operands, and its shape: `a` for each operand, then its operators and brackets.
fn operands(tokens: &[Token]) -> (Vec<Operand>, String) {
    let (mut list, mut shape) = (Vec::new(), String::new());
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        i += 1;
        match token {
            // Words after the last operand (“×100%计算过程”) lead to what follows; they name nothing.
            Token::Words(_) if i == tokens.len() && !list.is_empty() => {}
            Token::Words(range) => {
                if matches!(tokens.get(i), Some(Token::Number(..))) {
                    i += 1;
                    list.push(Operand::Named);
                } else {
                    list.push(Operand::Words(range.clone()));
                }
                shape.push('a');
            }
            Token::Number(index, ..) => {
                list.push(Operand::Number(*index));
                shape.push('a');
            }
            Token::Op(op) => shape.push(*op),
            Token::Open => shape.push('('),
            Token::Close => shape.push(')'),
        }
    }
    (list, shape)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::draft::choices::Rounding;

    fn percent(text: &str) -> Option<String> {
        let numbers = numbers(text);
        value(&tokens(text, 0..text.len(), &numbers)).map(|rate| rate.display(Rounding::HalfUp2))
    }

    #[test]
    fn values_of_the_shapes_reports_use() {
        assert_eq!(percent("1928.7/1946.86×100%").as_deref(), Some("99.07%"));
        assert_eq!(percent("（6.5-7.2）/7.2×100%").as_deref(), Some("-9.72%"));
        assert_eq!(percent("（实际支出公用经费总额11.6万元/预算安排公用经费总额11.6万元）×100%").as_deref(), Some("100.00%"));
        assert_eq!(percent("（431200元/43.12万元）×100").as_deref(), Some("100.00%"));
        assert_eq!(percent("（（本年0万元-上年0万元）/上年0万元）×100%"), None);
        assert_eq!(percent("公用经费实际支出/预算安排公用经费×100%"), None);
        assert_eq!(percent("（（（1"), None);
        assert_eq!(percent("21/20"), Some("105.00%".into()));
    }

    #[test]
    fn a_bracket_of_words_names_the_figure_after_it() {
        assert_eq!(percent("支出合计6300.00元/（上年结转+本年收入）7000.00元").as_deref(), Some("90.00%"));
        assert_eq!(percent("（甲+乙）/（丙）"), None);
    }

    #[test]
    fn a_formula_in_words_names_the_figures_of_the_same_formula() {
        let text = "公用经费实际支出/预算安排公用经费×100%=80.8/85.0×100%";
        let numbers = numbers(text);
        let eq = text.find('=').unwrap();
        let words = tokens(text, 0..eq, &numbers);
        let figures = tokens(text, eq + 1..text.len(), &numbers);
        let found: Vec<(&str, String)> =
            named(&words, &figures).into_iter().map(|(r, i)| (&text[r], numbers[i].value.to_string())).collect();
        assert_eq!(found, vec![("公用经费实际支出", "80.8".to_string()), ("预算安排公用经费", "85.0".to_string())]);
        let other = tokens("（a-b）/c", 0..9, &[]);
        assert!(named(&other, &figures).is_empty());
    }
}
