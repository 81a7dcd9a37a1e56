//! What is done to each file before it is kept: metadata removed from photos (the resident's
//! home location is often in them), iPhone HEIC photos turned into JPEG, PDFs checked for a
//! password, and a small thumbnail made for images. Everything streams through files, so memory
//! does not grow with the size of the file (a HEIC photo is decoded whole, as it must be).

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

use frontdoor_domain::questions::files::{FileType, Refusal};
use image::{DynamicImage, ImageDecoder, ImageReader};

/// A file ready to keep.
pub struct Cleaned {
    /// JPEG for photos taken as HEIC.
    pub stored_type: FileType,
    pub thumbnail: Option<Vec<u8>>,
}

fn damaged<E>(_: E) -> Refusal {
    Refusal::Damaged
}

/// Cleans `input` into `output` (which it creates).
pub fn clean(kind: FileType, input: &Path, output: &Path) -> Result<Cleaned, Refusal> {
    match kind {
        FileType::Jpeg => {
            copy_through(input, output, strip_jpeg)?;
            Ok(Cleaned {
                stored_type: FileType::Jpeg,
                thumbnail: Some(thumbnail_of_file(output)?),
            })
        }
        FileType::Png => {
            copy_through(input, output, strip_png)?;
            Ok(Cleaned {
                stored_type: FileType::Png,
                thumbnail: Some(thumbnail_of_file(output)?),
            })
        }
        FileType::Heic => {
            let picture = decode_heic(input)?;
            let mut out = BufWriter::new(File::create(output).map_err(damaged)?);
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
                .encode_image(&picture)
                .map_err(damaged)?;
            out.flush().map_err(damaged)?;
            Ok(Cleaned {
                stored_type: FileType::Jpeg,
                thumbnail: Some(thumbnail(&picture)?),
            })
        }
        FileType::Pdf => {
            check_pdf(input)?;
            std::fs::copy(input, output).map_err(damaged)?;
            Ok(Cleaned {
                stored_type: FileType::Pdf,
                thumbnail: None,
            })
        }
    }
}

fn copy_through(
    input: &Path,
    output: &Path,
    filter: fn(&mut dyn Read, &mut dyn Write) -> Result<(), Refusal>,
) -> Result<(), Refusal> {
    let mut reader = BufReader::new(File::open(input).map_err(|_| Refusal::Damaged)?);
    let mut writer = BufWriter::new(File::create(output).map_err(|_| Refusal::Damaged)?);
    filter(&mut reader, &mut writer)?;
    writer.flush().map_err(|_| Refusal::Damaged)
}

fn read_exact(r: &mut dyn Read, n: usize) -> Result<Vec<u8>, Refusal> {
    let mut buf = vec![0; n];
    r.read_exact(&mut buf).map_err(|_| Refusal::Damaged)?;
    Ok(buf)
}

/// Copies a JPEG without its metadata segments (EXIF with GPS, XMP, IPTC, comments). The colour
/// profile is kept, and so is the orientation, in a new EXIF block holding nothing else, so the
/// photo is not shown on its side.
pub fn strip_jpeg(r: &mut dyn Read, w: &mut dyn Write) -> Result<(), Refusal> {
    let io = |_: io::Error| Refusal::Damaged;
    if read_exact(r, 2)? != [0xFF, 0xD8] {
        return Err(Refusal::Damaged);
    }
    w.write_all(&[0xFF, 0xD8]).map_err(io)?;
    loop {
        let mut byte = read_exact(r, 1)?[0];
        if byte != 0xFF {
            return Err(Refusal::Damaged);
        }
        while byte == 0xFF {
            byte = read_exact(r, 1)?[0];
        }
        let marker = byte;
        match marker {
            0xD9 => return Err(Refusal::Damaged), // ends before any image data
            0x01 | 0xD0..=0xD7 => {
                w.write_all(&[0xFF, marker]).map_err(io)?;
                continue;
            }
            _ => {}
        }
        let len = read_exact(r, 2)?;
        let len = u16::from_be_bytes([len[0], len[1]]) as usize;
        if len < 2 {
            return Err(Refusal::Damaged);
        }
        let data = read_exact(r, len - 2)?;
        let keep = match marker {
            0xE1 => {
                if let Some(orientation) = data
                    .strip_prefix(b"Exif\0\0")
                    .and_then(orientation_of)
                    .filter(|o| *o != 1)
                {
                    w.write_all(&orientation_only_exif(orientation))
                        .map_err(io)?;
                }
                false
            }
            0xE2 => data.starts_with(b"ICC_PROFILE\0"),
            0xE3..=0xEF | 0xFE => false,
            _ => true,
        };
        if keep {
            w.write_all(&[0xFF, marker]).map_err(io)?;
            w.write_all(&(len as u16).to_be_bytes()).map_err(io)?;
            w.write_all(&data).map_err(io)?;
        }
        if marker == 0xDA {
            // Start of scan: the image data follows; copy the rest as it is.
            io::copy(r, w).map_err(io)?;
            return Ok(());
        }
    }
}

fn orientation_of(tiff: &[u8]) -> Option<u16> {
    let exif = exif::Reader::new().read_raw(tiff.to_vec()).ok()?;
    let field = exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?;
    field.value.get_uint(0).map(|v| v as u16)
}

/// An APP1 EXIF segment with only the orientation in it.
fn orientation_only_exif(orientation: u16) -> Vec<u8> {
    let mut body = b"Exif\0\0MM\0\x2A\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01".to_vec();
    body.extend_from_slice(&orientation.to_be_bytes());
    body.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut segment = vec![0xFF, 0xE1];
    segment.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
    segment.extend_from_slice(&body);
    segment
}

/// Copies a PNG without its text, time and EXIF chunks.
pub fn strip_png(r: &mut dyn Read, w: &mut dyn Write) -> Result<(), Refusal> {
    let io = |_: io::Error| Refusal::Damaged;
    let signature = read_exact(r, 8)?;
    if signature != b"\x89PNG\r\n\x1a\n" {
        return Err(Refusal::Damaged);
    }
    w.write_all(&signature).map_err(io)?;
    let mut first = true;
    loop {
        let head = read_exact(r, 8)?;
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as u64;
        let kind = &head[4..8];
        if first && kind != b"IHDR" {
            return Err(Refusal::Damaged);
        }
        first = false;
        let drop = matches!(kind, b"eXIf" | b"tEXt" | b"zTXt" | b"iTXt" | b"tIME");
        let mut chunk = r.take(len + 4);
        if drop {
            io::copy(&mut chunk, &mut io::sink()).map_err(io)?;
        } else {
            w.write_all(&head).map_err(io)?;
            if io::copy(&mut chunk, w).map_err(io)? != len + 4 {
                return Err(Refusal::Damaged);
            }
        }
        if kind == b"IEND" {
            return Ok(());
        }
    }
}

/// A PDF must end properly and must not need a password to open.
pub fn check_pdf(path: &Path) -> Result<(), Refusal> {
    let mut file = File::open(path).map_err(|_| Refusal::Damaged)?;
    let size = file.metadata().map_err(|_| Refusal::Damaged)?.len();
    let tail_start = size.saturating_sub(2048);
    file.seek(SeekFrom::Start(tail_start))
        .map_err(|_| Refusal::Damaged)?;
    let mut tail = Vec::new();
    file.read_to_end(&mut tail).map_err(|_| Refusal::Damaged)?;
    if !contains(&tail, b"%%EOF") {
        return Err(Refusal::Damaged);
    }
    // An encrypted PDF names its encryption dictionary in the trailer: look through the whole
    // file, a block at a time, keeping a few bytes across block edges.
    file.seek(SeekFrom::Start(0))
        .map_err(|_| Refusal::Damaged)?;
    let mut reader = BufReader::new(file);
    let mut block = vec![0u8; 64 * 1024];
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let n = reader.read(&mut block).map_err(|_| Refusal::Damaged)?;
        if n == 0 {
            return Ok(());
        }
        carry.extend_from_slice(&block[..n]);
        if contains(&carry, b"/Encrypt") {
            return Err(Refusal::Password);
        }
        let keep = carry.len().min(8);
        carry.drain(..carry.len() - keep);
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn decode_heic(path: &Path) -> Result<DynamicImage, Refusal> {
    use libheif_rs::{ColorSpace, HeifContext, RgbChroma};
    let ctx =
        HeifContext::read_from_file(path.to_str().ok_or(Refusal::Damaged)?).map_err(damaged)?;
    let handle = ctx.primary_image_handle().map_err(damaged)?;
    // Decoding applies the photo's rotation, so the JPEG needs no orientation.
    let decoded = handle
        .decode(ColorSpace::Rgb(RgbChroma::Rgb), None)
        .map_err(damaged)?;
    let planes = decoded.planes();
    let plane = planes.interleaved.ok_or(Refusal::Damaged)?;
    let (width, height, stride) = (plane.width, plane.height, plane.stride);
    let mut pixels = Vec::with_capacity(width as usize * height as usize * 3);
    for row in 0..height as usize {
        let start = row * stride;
        pixels.extend_from_slice(&plane.data[start..start + width as usize * 3]);
    }
    image::RgbImage::from_raw(width, height, pixels)
        .map(DynamicImage::ImageRgb8)
        .ok_or(Refusal::Damaged)
}

/// A small JPEG of an image file, turned the right way up. An image that cannot be decoded is
/// damaged.
fn thumbnail_of_file(path: &Path) -> Result<Vec<u8>, Refusal> {
    let mut decoder = ImageReader::open(path)
        .map_err(damaged)?
        .with_guessed_format()
        .map_err(damaged)?
        .into_decoder()
        .map_err(damaged)?;
    let orientation = decoder.orientation().map_err(damaged)?;
    let mut picture = DynamicImage::from_decoder(decoder).map_err(damaged)?;
    picture.apply_orientation(orientation);
    thumbnail(&picture)
}

fn thumbnail(picture: &DynamicImage) -> Result<Vec<u8>, Refusal> {
    let small = picture.thumbnail(240, 240).to_rgb8();
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 75)
        .encode_image(&small)
        .map_err(|_| Refusal::Damaged)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_orientation_only_exif_block_reads_back() {
        let segment = orientation_only_exif(6);
        assert_eq!(&segment[..2], &[0xFF, 0xE1]);
        assert_eq!(orientation_of(&segment[10..]), Some(6));
    }

    #[test]
    fn a_truncated_jpeg_is_damaged() {
        let mut out = Vec::new();
        assert_eq!(
            strip_jpeg(&mut &b"\xFF\xD8\xFF\xE0\x00\x10JFIF"[..], &mut out),
            Err(Refusal::Damaged)
        );
    }
}
