//! The zlib wrapping (RFC 1950) around raw deflate data (RFC 1951), so that a share link's raw deflate
//! payload can go through the compression every supported browser has.
//!
//! Share links carry raw deflate (`deflate-raw`), which browsers compress and decompress natively only
//! from Chromium 103; every browser with `CompressionStream` (Chromium 80+) has the zlib format
//! (`deflate`), which is the same raw deflate data between a 2-byte header and the Adler-32 checksum of
//! the uncompressed bytes. `browser::deflate` takes the wrapping off what the browser compresses, and
//! puts it around a link's payload where the browser cannot inflate raw deflate.

/// The zlib header written around a raw payload: deflate with a 32 KB window (the largest, so any raw
/// deflate stream fits), no preset dictionary; `0x7801` is a multiple of 31, as RFC 1950 requires.
const HEADER: [u8; 2] = [0x78, 0x01];

/// The Adler-32 checksum of `bytes` (RFC 1950 §8.2).
pub fn adler32(bytes: &[u8]) -> u32 {
    const MOD: u32 = 65_521;
    // 5,552 bytes is the most that can be summed before `b` could overflow a u32 (zlib's NMAX).
    let (mut a, mut b) = (1u32, 0u32);
    for block in bytes.chunks(5_552) {
        for &byte in block {
            a += u32::from(byte);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    b << 16 | a
}

/// The raw deflate data inside a zlib stream: `None` unless it starts with a valid zlib header for
/// deflate without a preset dictionary and is long enough to hold the checksum after the data.
pub fn unwrap_zlib(zlib: &[u8]) -> Option<&[u8]> {
    let (&[method, flags], rest) = zlib.split_first_chunk::<2>()?;
    let valid_header = method & 0x0f == 8 && method >> 4 <= 7 && (u16::from(method) << 8 | u16::from(flags)) % 31 == 0;
    let preset_dictionary = flags & 0x20 != 0;
    if !valid_header || preset_dictionary {
        return None;
    }
    let (raw, _checksum) = rest.split_last_chunk::<4>()?;
    Some(raw)
}

/// A zlib stream around raw deflate data, ending with `checksum`, which must be the Adler-32 of what the
/// data inflates to for a decompressor to accept the stream; `None` leaves the checksum off.
pub fn wrap_zlib(raw: &[u8], checksum: Option<u32>) -> Vec<u8> {
    let mut zlib = Vec::with_capacity(raw.len() + 6);
    zlib.extend_from_slice(&HEADER);
    zlib.extend_from_slice(raw);
    if let Some(checksum) = checksum {
        zlib.extend_from_slice(&checksum.to_be_bytes());
    }
    zlib
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `zlib.compress(b"hello")`, as Python (and any zlib) writes it.
    const HELLO_ZLIB: &[u8] = b"x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15";

    #[test]
    fn adler32_matches_the_known_values() {
        assert_eq!(adler32(b""), 1);
        assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
        assert_eq!(adler32(b"hello"), 0x062C_0215);
        // Past zlib's NMAX block, where the sums must be reduced.
        assert_eq!(adler32(&[0xff; 100_000]), 0x149A_302C);
    }

    /// The definition, reduced after every byte.
    fn naive_adler32(bytes: &[u8]) -> u32 {
        let (mut a, mut b) = (1u64, 0u64);
        for &byte in bytes {
            a = (a + u64::from(byte)) % 65_521;
            b = (b + a) % 65_521;
        }
        (b << 16 | a) as u32
    }

    #[test]
    fn a_zlib_stream_unwraps_to_its_raw_deflate_data() {
        assert_eq!(unwrap_zlib(HELLO_ZLIB), Some(&b"\xcbH\xcd\xc9\xc9\x07\x00"[..]));
        let raw = unwrap_zlib(HELLO_ZLIB).unwrap();
        // Wrapped again with the checksum of what it inflates to: a valid zlib stream (header aside).
        let again = wrap_zlib(raw, Some(adler32(b"hello")));
        assert_eq!(&again[2..], &HELLO_ZLIB[2..]);
        assert_eq!(unwrap_zlib(&again), Some(raw));
        assert_eq!(wrap_zlib(raw, None), [&HEADER[..], raw].concat());
    }

    #[test]
    fn what_is_not_a_plain_zlib_stream_is_refused() {
        assert_eq!(unwrap_zlib(b""), None);
        assert_eq!(unwrap_zlib(b"x\x9c\x00\x00\x00"), None, "too short for a checksum");
        assert_eq!(unwrap_zlib(b"x\x9d\x03\x00\x00\x00\x00\x01"), None, "header check fails");
        assert_eq!(unwrap_zlib(b"\x1f\x8b\x08\x00\x00\x00\x00\x00"), None, "gzip, not zlib");
        assert_eq!(unwrap_zlib(b"x\xbb\x00\x00\x00\x01\x03\x00\x00\x00\x00\x01"), None, "preset dictionary");
    }

    proptest! {
        #[test]
        fn adler32_is_the_definition(bytes in proptest::collection::vec(any::<u8>(), 0..20_000)) {
            prop_assert_eq!(adler32(&bytes), naive_adler32(&bytes));
        }

        #[test]
        fn wrapping_then_unwrapping_gives_the_raw_data_back(raw in proptest::collection::vec(any::<u8>(), 0..300), sum in any::<u32>()) {
            let wrapped = wrap_zlib(&raw, Some(sum));
            prop_assert_eq!(unwrap_zlib(&wrapped), Some(&raw[..]));
        }
    }
}
