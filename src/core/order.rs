//! Sorting compiled once. The standard library's sorts are generic: each element type and comparison
//! that is sorted gets its own copy, several KB of Wasm each (eleven copies, 79 KB of code, in the
//! tools module). Here only the positions are sorted — one merge sort over `usize`, whatever is sorted —
//! and a small generic step moves the items into that order.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping items that compare equal in the order they came (stable).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = items;
        sorted_positions(items.len(), &|a, b| match (items.get(a), items.get(b)) {
            (Some(a), Some(b)) => compare(a, b),
            _ => Ordering::Equal,
        })
    };
    move_into(items, &order);
}

/// Sorts `items` by a key of each, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their own order (stably, though equal items of an `Ord` type are alike anyway).
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The positions `0..count` in the order `compare` puts them, equal ones keeping their order: a
/// bottom-up merge sort, O(n log n) in time and one buffer of n positions.
fn sorted_positions(count: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut run: Vec<usize> = (0..count).collect();
    let mut merged = vec![0; count];
    let mut width = 1;
    while width < count {
        let mut start = 0;
        while start < count {
            let middle = (start + width).min(count);
            let end = (start + 2 * width).min(count);
            merge(&run[start..middle], &run[middle..end], &mut merged[start..end], compare);
            start = end;
        }
        std::mem::swap(&mut run, &mut merged);
        width = width.saturating_mul(2);
    }
    run
}

/// Merges two sorted runs into `out` (as long as both), the left run first among equals.
fn merge(left: &[usize], right: &[usize], out: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    let (mut l, mut r) = (0, 0);
    for slot in out.iter_mut() {
        let take_left = match (left.get(l), right.get(r)) {
            (Some(&a), Some(&b)) => compare(b, a) != Ordering::Less,
            (Some(_), None) => true,
            _ => false,
        };
        if take_left {
            *slot = left.get(l).copied().unwrap_or_default();
            l += 1;
        } else {
            *slot = right.get(r).copied().unwrap_or_default();
            r += 1;
        }
    }
}

/// Rearranges `items` so that the item at `order[i]` comes i-th. `order` is a permutation of the
/// positions; were it not, an item it leaves out would be dropped rather than the page killed.
fn move_into<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&at| taken.get_mut(at).and_then(Option::take)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_items_keep_their_order() {
        let mut found = vec![(3, "c"), (1, "a"), (3, "a"), (2, "b"), (1, "b")];
        sort_by_key(&mut found, |(at, _)| *at);
        assert_eq!(found, vec![(1, "a"), (1, "b"), (2, "b"), (3, "c"), (3, "a")]);
    }

    #[test]
    fn short_lists_are_left_as_they_are() {
        let mut none: Vec<u8> = vec![];
        sort(&mut none);
        assert!(none.is_empty());
        let mut one = vec!["x".to_string()];
        sort(&mut one);
        assert_eq!(one, vec!["x"]);
    }

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |(key, _)| *key);
            let mut standard = items;
            standard.sort_by_key(|(key, _)| *key);
            prop_assert_eq!(ours, standard);
        }
    }
}
