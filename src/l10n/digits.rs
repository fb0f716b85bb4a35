//! Decimal digits of every script people type choices in: `٣` (Arabic-Indic), `۳` (Urdu,
//! Persian), `৩` (Bengali), `३` (Devanagari), `੩` (Gurmukhi), `３` (fullwidth, Chinese
//! keyboards) all mean 3. It owns the table of the scripts' zero code points; it must not
//! parse anything but digits.

/// The zero of each run of ten decimal digits (Unicode category Nd) a person on the
/// helpline may type; each run is `zero..=zero + 9`.
const ZEROS: &[u32] = &[
    0x0030, // ASCII
    0x0660, // Arabic-Indic
    0x06F0, // Extended Arabic-Indic (Urdu, Persian)
    0x07C0, // NKo (Manding, West Africa)
    0x0966, // Devanagari (Hindi, Nepali)
    0x09E6, // Bengali
    0x0A66, // Gurmukhi (Punjabi)
    0x0AE6, // Gujarati
    0x0B66, // Oriya
    0x0BE6, // Tamil
    0x0C66, // Telugu
    0x0CE6, // Kannada
    0x0D66, // Malayalam
    0x0DE6, // Sinhala
    0x0E50, // Thai
    0x0ED0, // Lao
    0x0F20, // Tibetan
    0x1040, // Myanmar
    0x17E0, // Khmer
    0x1810, // Mongolian
    0xFF10, // Fullwidth (Chinese, Japanese keyboards)
];

/// The value of `c` as a decimal digit of any script in the table, like
/// [`char::to_digit`]`(10)` beyond ASCII.
pub fn decimal_digit(c: char) -> Option<u32> {
    let code = c as u32;
    ZEROS
        .iter()
        .find(|zero| (**zero..=**zero + 9).contains(&code))
        .map(|zero| code - zero)
}

/// `text` with every digit of any script as its ASCII digit; other characters unchanged.
pub fn to_ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match decimal_digit(c) {
            Some(d) => char::from_digit(d, 10).unwrap_or(c),
            None => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scripts_three_is_three() {
        for three in ['3', '٣', '۳', '৩', '३', '੩', '３', '௩', '๓'] {
            assert_eq!(decimal_digit(three), Some(3), "{three:?}");
        }
        assert_eq!(decimal_digit('٠'), Some(0));
        assert_eq!(decimal_digit('۹'), Some(9));
    }

    #[test]
    fn letters_and_other_numbers_are_not_digits() {
        for c in ['a', 'x', '三', 'Ⅲ', '³', '½', ' ', '.', '\u{065F}', '\u{066A}'] {
            assert_eq!(decimal_digit(c), None, "{c:?}");
        }
    }

    #[test]
    fn text_keeps_everything_but_digits() {
        assert_eq!(to_ascii_digits("٢."), "2.");
        assert_eq!(to_ascii_digits("１２"), "12");
        assert_eq!(to_ascii_digits("৩)"), "3)");
        assert_eq!(to_ascii_digits("due"), "due");
    }
}
