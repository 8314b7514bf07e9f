//! The few statistics experiments report: quantiles (linear interpolation
//! between order statistics, Hyndman and Fan's definition 7, the default of
//! R and NumPy), the mean, the sample standard deviation and the standard
//! error of the mean.
//!
//! Invariant: every function is a pure function of the values in the order
//! given (callers pass them in job order), with no NaN in or out: an empty
//! input gives `None`.

/// The `q`-quantile (0-1) of `values`: sort them, take the position
/// `h = (n - 1) q` and interpolate linearly between the values at `floor(h)`
/// and `ceil(h)`. `None` for no values.
pub fn quantile(values: &[f64], q: f64) -> Option<f64> {
    let mut v: Vec<f64> = values.to_vec();
    v.sort_by(f64::total_cmp);
    quantile_sorted(&v, q)
}

/// [`quantile`] of values already sorted ascending.
pub(crate) fn quantile_sorted(v: &[f64], q: f64) -> Option<f64> {
    let n = v.len();
    if n == 0 {
        return None;
    }
    let h = (n - 1) as f64 * q.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(n - 1);
    let frac = h - lo as f64;
    // An exact quantile when the position falls on a value (so the median
    // of equal values is that value, bit for bit).
    if frac == 0.0 || v[lo] == v[hi] {
        Some(v[lo])
    } else {
        Some(v[lo] + (v[hi] - v[lo]) * frac)
    }
}

/// The mean, summed in the order given.
pub(crate) fn mean(v: &[f64]) -> Option<f64> {
    if v.is_empty() {
        None
    } else {
        Some(v.iter().sum::<f64>() / v.len() as f64)
    }
}

/// The sample standard deviation (n - 1 in the denominator); 0 for one value.
pub(crate) fn sd(v: &[f64]) -> Option<f64> {
    let m = mean(v)?;
    if v.len() < 2 {
        return Some(0.0);
    }
    let ss: f64 = v.iter().map(|x| (x - m) * (x - m)).sum();
    Some((ss / (v.len() - 1) as f64).sqrt())
}

/// The five quantiles the reports show: 5, 25, 50, 75 and 95 %.
pub(crate) const QUANTILES: [f64; 5] = [0.05, 0.25, 0.5, 0.75, 0.95];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_between_order_statistics() {
        let v = [3.0, 1.0, 4.0, 1.0, 5.0];
        assert_eq!(quantile(&v, 0.5), Some(3.0));
        assert_eq!(quantile(&v, 0.0), Some(1.0));
        assert_eq!(quantile(&v, 1.0), Some(5.0));
        // h = 4 * 0.75 = 3: the fourth value of 1, 1, 3, 4, 5.
        assert_eq!(quantile(&v, 0.75), Some(4.0));
        // h = 4 * 0.05 = 0.2: 1 + 0.2 * (1 - 1) = 1.
        assert_eq!(quantile(&v, 0.05), Some(1.0));
        assert_eq!(quantile(&[1.0, 2.0], 0.5), Some(1.5));
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(mean(&[1.0, 2.0, 3.0]), Some(2.0));
        assert_eq!(sd(&[1.0, 2.0, 3.0]), Some(1.0));
        assert_eq!(sd(&[7.0]), Some(0.0));
    }
}
