//! A zip archive of stored (uncompressed) files: all a .docx needs, in a few hundred bytes of code
//! (a compression crate would cost far more in the Wasm than the file's size saves).

/// The archive of `files` (name, content), in that order.
pub fn stored(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, content) in files {
        let offset = out.len() as u32;
        let crc = crc32(content);
        let size = content.len() as u32;
        // Local file header.
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common_header(&mut out, name, crc, size);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(content);
        // Its central directory entry.
        directory.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        directory.extend_from_slice(&20u16.to_le_bytes()); // made by: 2.0
        common_header(&mut directory, name, crc, size);
        directory.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
        directory.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(name.as_bytes());
    }
    let directory_offset = out.len() as u32;
    let count = files.len() as u16;
    out.extend_from_slice(&directory);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&(directory.len() as u32).to_le_bytes());
    out.extend_from_slice(&directory_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // comment length
    out
}

/// The fields a local header and a directory entry share, from “version needed” to the extra length.
fn common_header(out: &mut Vec<u8>, name: &str, crc: u32, size: u32) {
    out.extend_from_slice(&20u16.to_le_bytes()); // version needed: 2.0
    out.extend_from_slice(&0x0800u16.to_le_bytes()); // flags: names are UTF-8
    out.extend_from_slice(&0u16.to_le_bytes()); // method: stored
    out.extend_from_slice(&0u16.to_le_bytes()); // time 00:00
    out.extend_from_slice(&0x0021u16.to_le_bytes()); // date 1980-01-01
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&(name.len() as u16).to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // extra length
}

/// CRC-32 (IEEE), bit by bit: a table would cost 1 KB of Wasm to save microseconds.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_of_the_check_string() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn python_reads_the_archive() {
        let archive = stored(&[("a.txt", b"hello".to_vec()), ("dir/b.xml", "<x>中文</x>".as_bytes().to_vec())]);
        let path = std::env::temp_dir().join(format!("jixiao-zip-{}.zip", std::process::id()));
        std::fs::write(&path, &archive).unwrap();
        let script = "import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(z.namelist(), z.read('dir/b.xml').decode())";
        let out = std::process::Command::new("python3").arg("-c").arg(script).arg(&path).output();
        let _ = std::fs::remove_file(&path);
        let out = out.expect("python3 (scripts/setup.sh installs it)");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "['a.txt', 'dir/b.xml'] <x>中文</x>");
    }
}
