//! Evidence files: received (by plain form posts or resumable uploads), checked by their content,
//! cleaned, scanned and kept in the evidence store (a local folder, or S3-compatible storage),
//! private to the draft's holder and to caseworkers.

pub mod clean;
pub mod scanner;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use frontdoor_domain::questions::files::{FileRules, FileType, Refusal};
use futures::{StreamExt, TryStreamExt};
use object_store::path::Path as StorePath;
use object_store::{ObjectStore, WriteMultipart};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use scanner::{Scan, VirusScanner};

/// A file that passed every check and is kept.
#[derive(Debug)]
pub struct StoredFile {
    pub file_name: String,
    pub content_type: &'static str,
    pub size: u64,
    pub scan: Scan,
    pub has_thumbnail: bool,
}

pub struct Evidence {
    store: Arc<dyn ObjectStore>,
    /// Files being received and checked, on this server only: never served.
    upload_dir: PathBuf,
    scanner: Arc<dyn VirusScanner>,
}

impl Evidence {
    /// `store` is a folder, or `s3://bucket/prefix` (credentials and endpoint from the usual AWS_
    /// variables).
    pub fn new(store: &str, upload_dir: &Path, clamd: Option<&str>) -> Result<Evidence, String> {
        let object_store: Arc<dyn ObjectStore> = if let Some(place) = store.strip_prefix("s3://") {
            let (bucket, prefix) = place.split_once('/').unwrap_or((place, ""));
            let s3 = object_store::aws::AmazonS3Builder::from_env()
                .with_bucket_name(bucket)
                .build()
                .map_err(|e| format!("evidence store {store}: {e}"))?;
            match prefix.trim_matches('/') {
                "" => Arc::new(s3),
                prefix => Arc::new(object_store::prefix::PrefixStore::new(s3, prefix)),
            }
        } else {
            std::fs::create_dir_all(store).map_err(|e| format!("evidence store {store}: {e}"))?;
            Arc::new(
                object_store::local::LocalFileSystem::new_with_prefix(store)
                    .map_err(|e| format!("evidence store {store}: {e}"))?,
            )
        };
        std::fs::create_dir_all(upload_dir.join("checking"))
            .map_err(|e| format!("upload folder {}: {e}", upload_dir.display()))?;
        // Earlier releases kept unfinished uploads here; they now start again from the first byte.
        let earlier = upload_dir.join("partial");
        if earlier.exists() {
            if let Err(e) = std::fs::remove_dir_all(&earlier) {
                tracing::warn!(error = %e, "could not remove the earlier release's unfinished uploads");
            }
        }
        let scanner: Arc<dyn VirusScanner> = match clamd {
            Some(address) => Arc::new(scanner::Clamd {
                address: address.to_string(),
            }),
            None => Arc::new(scanner::NotScanning),
        };
        Ok(Evidence {
            store: object_store,
            upload_dir: upload_dir.to_path_buf(),
            scanner,
        })
    }

    /// A new file name for a file being received or checked.
    pub fn checking_path(&self) -> PathBuf {
        self.upload_dir
            .join("checking")
            .join(crate::tokens::random_token())
    }

    /// Checks the file at `source` for question `rules` (size, viruses, then the type from its
    /// bytes) (which already holds files of `already`
    /// bytes) and keeps it as `id`. Nothing refused is kept. The caller removes `source`.
    pub async fn check_and_store(
        &self,
        id: &str,
        source: &Path,
        name: &str,
        rules: &FileRules,
        already: &[u64],
    ) -> Result<StoredFile, Refusal> {
        let size = tokio::fs::metadata(source)
            .await
            .map_err(|_| Refusal::Incomplete)?
            .len();
        rules.check_before(size, already)?;
        let scan = self.scanner.scan(source).await;
        match &scan {
            Scan::Infected(name) => {
                tracing::warn!(virus = %name, "refused an infected file");
                return Err(Refusal::Virus);
            }
            Scan::Failed(why) => {
                tracing::error!(error = %why, "virus scanner failed");
                return Err(Refusal::NotChecked);
            }
            Scan::Clean | Scan::NotScanned => {}
        }
        let mut head = [0u8; 16];
        let n = tokio::fs::File::open(source)
            .await
            .map_err(|_| Refusal::Incomplete)?
            .read(&mut head)
            .await
            .map_err(|_| Refusal::Incomplete)?;
        let kind = rules.check_type(&head[..n])?;
        let cleaned_path = self.checking_path();
        let (input, output) = (source.to_path_buf(), cleaned_path.clone());
        let cleaned = tokio::task::spawn_blocking(move || clean::clean(kind, &input, &output))
            .await
            .map_err(|_| Refusal::Damaged)
            .and_then(|r| r);
        let result = match cleaned {
            Ok(cleaned) => self.keep(id, &cleaned_path, cleaned.thumbnail).await.map(
                |(size, has_thumbnail)| StoredFile {
                    file_name: display_name(name, kind, cleaned.stored_type),
                    content_type: content_type(cleaned.stored_type),
                    size,
                    scan,
                    has_thumbnail,
                },
            ),
            Err(refusal) => Err(refusal),
        };
        remove_temporary(&cleaned_path).await;
        result
    }

    async fn keep(
        &self,
        id: &str,
        path: &Path,
        thumbnail: Option<Vec<u8>>,
    ) -> Result<(u64, bool), Refusal> {
        let failed = |e: &dyn std::fmt::Display| {
            tracing::error!(error = %e, "could not keep a file in the evidence store");
            Refusal::Incomplete
        };
        let size = self
            .put_file(&evidence_key(id), path)
            .await
            .map_err(|e| failed(&e))?;
        let has_thumbnail = match thumbnail {
            Some(bytes) => self
                .store
                .put(&thumbnail_key(id), Bytes::from(bytes).into())
                .await
                .map(|_| true)
                .map_err(|e| failed(&e))?,
            None => false,
        };
        Ok((size, has_thumbnail))
    }

    /// The stored file, as a stream of bytes.
    pub async fn open(
        &self,
        id: &str,
    ) -> Result<impl futures::Stream<Item = Result<Bytes, object_store::Error>>, object_store::Error>
    {
        Ok(self.store.get(&evidence_key(id)).await?.into_stream())
    }

    pub async fn thumbnail(&self, id: &str) -> Result<Bytes, object_store::Error> {
        self.store.get(&thumbnail_key(id)).await?.bytes().await
    }

    /// Deletes everything kept for a file: its bytes, thumbnail and the parts of an unfinished
    /// upload (those another server was refused, too).
    pub async fn delete(&self, id: &str) {
        for key in [evidence_key(id), thumbnail_key(id)] {
            self.delete_key(&key).await;
        }
        self.delete_parts(id).await;
    }

    /// Deletes the parts an upload arrived in, once it is kept or forgotten. True when none is
    /// left.
    pub async fn delete_parts(&self, id: &str) -> bool {
        let parts: Vec<StorePath> = match self
            .store
            .list(Some(&parts_prefix(id)))
            .map_ok(|meta| meta.location)
            .try_collect()
            .await
        {
            Ok(parts) => parts,
            Err(e) => {
                tracing::warn!(error = %e, "could not list the parts of an upload");
                return false;
            }
        };
        let mut all_gone = true;
        for key in parts {
            all_gone &= self.delete_key(&key).await;
        }
        all_gone
    }

    /// Keeps the bytes one PATCH brought (the file at `path`) as a part of unfinished upload
    /// `id`, under a key of its own, and gives the key.
    pub async fn keep_part(
        &self,
        id: &str,
        start: u64,
        path: &Path,
    ) -> Result<String, object_store::Error> {
        let key = parts_prefix(id).child(format!(
            "{start:020}-{}",
            &crate::tokens::random_token()[..16]
        ));
        self.put_file(&key, path).await?;
        Ok(key.to_string())
    }

    /// Writes the parts of an upload, in order, into the file at `dest` (on this server, to be
    /// checked).
    pub async fn join_parts(
        &self,
        keys: &[String],
        dest: &Path,
    ) -> Result<u64, object_store::Error> {
        let mut file = tokio::fs::File::create(dest)
            .await
            .map_err(upload_folder_error)?;
        let mut size = 0u64;
        for key in keys {
            let mut stream = self
                .store
                .get(&StorePath::from(key.as_str()))
                .await?
                .into_stream();
            while let Some(chunk) = stream.next().await {
                let chunk = chunk?;
                file.write_all(&chunk).await.map_err(upload_folder_error)?;
                size += chunk.len() as u64;
            }
        }
        file.flush().await.map_err(upload_folder_error)?;
        Ok(size)
    }

    /// Deletes one part no upload uses (another request's part came first).
    pub async fn delete_part(&self, key: &str) {
        self.delete_key(&StorePath::from(key)).await;
    }

    /// Deletes one object. True when it is gone.
    async fn delete_key(&self, key: &StorePath) -> bool {
        match self.store.delete(key).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => true,
            Err(e) => {
                tracing::warn!(error = %e, "could not delete a stored file");
                false
            }
        }
    }

    /// For `/readyz`: the store answers.
    pub async fn ping(&self) -> Result<(), object_store::Error> {
        match self.store.head(&StorePath::from("readyz")).await {
            Ok(_) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Copies the file at `path` into the store under `key`, in 5 MB pieces. Gives its size.
    async fn put_file(&self, key: &StorePath, path: &Path) -> Result<u64, object_store::Error> {
        let upload = self.store.put_multipart(key).await?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, 5 * 1024 * 1024);
        let copied = async {
            let mut file = tokio::fs::File::open(path)
                .await
                .map_err(upload_folder_error)?;
            let mut buf = vec![0u8; 256 * 1024];
            let mut size = 0u64;
            loop {
                let n = file.read(&mut buf).await.map_err(upload_folder_error)?;
                if n == 0 {
                    return Ok(size);
                }
                writer.wait_for_capacity(2).await?;
                writer.write(&buf[..n]);
                size += n as u64;
            }
        }
        .await;
        match copied {
            Ok(size) => {
                writer.finish().await?;
                Ok(size)
            }
            Err(e) => {
                // Leave no half-written upload behind in the store.
                if let Err(abort) = writer.abort().await {
                    tracing::warn!(error = %abort, "could not abort a store upload");
                }
                Err(e)
            }
        }
    }
}

/// Removes a file being received or checked. A file already gone is what was wanted; any other
/// failure is logged and otherwise ignored: the file holds nothing the resident still needs (a
/// kept file is in the store by now), and the upload folder is never served.
pub async fn remove_temporary(path: &Path) {
    match tokio::fs::remove_file(path).await {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            tracing::warn!(error = %e, path = %path.display(), "could not remove a temporary file")
        }
    }
}

fn evidence_key(id: &str) -> StorePath {
    StorePath::from(format!("evidence/{id}"))
}

/// A failure reading or writing this server's upload folder, as the store's error type.
fn upload_folder_error(e: std::io::Error) -> object_store::Error {
    object_store::Error::Generic {
        store: "upload folder",
        source: Box::new(e),
    }
}

fn parts_prefix(id: &str) -> StorePath {
    StorePath::from(format!("parts/{id}"))
}

fn thumbnail_key(id: &str) -> StorePath {
    StorePath::from(format!("thumbnails/{id}"))
}

pub fn content_type(kind: FileType) -> &'static str {
    match kind {
        FileType::Jpeg => "image/jpeg",
        FileType::Png => "image/png",
        FileType::Heic => "image/heic",
        FileType::Pdf => "application/pdf",
    }
}

/// The name to show: the resident's own, without any folder, control characters or excess length;
/// a HEIC photo kept as JPEG gets `.jpg`.
pub fn display_name(raw: &str, sent: FileType, stored: FileType) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let mut name: String = base.chars().filter(|c| !c.is_control()).collect();
    name = name.trim().chars().take(100).collect();
    if name.is_empty() {
        name = "file".into();
    }
    if sent == FileType::Heic && stored == FileType::Jpeg {
        let stem = match name.rfind('.') {
            Some(dot) if dot > 0 => name[..dot].to_string(),
            _ => name.clone(),
        };
        name = format!("{stem}.jpg");
    }
    name
}

/// A file's name made safe for a Content-Disposition header: letters, digits and `.-_ ` kept,
/// anything else `_`.
pub fn safe_file_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_folders_and_heic_photos_become_jpg() {
        assert_eq!(
            display_name("C:\\Users\\me\\bin.jpg", FileType::Jpeg, FileType::Jpeg),
            "bin.jpg"
        );
        assert_eq!(
            display_name("IMG_0001.HEIC", FileType::Heic, FileType::Jpeg),
            "IMG_0001.jpg"
        );
        assert_eq!(
            display_name("  \u{7}  ", FileType::Pdf, FileType::Pdf),
            "file"
        );
    }
}
