//! Virus scanning behind a trait: ClamAV's clamd over its INSTREAM command when configured,
//! otherwise nothing is scanned and files are marked "not scanned" for caseworkers.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scan {
    Clean,
    NotScanned,
    Infected(String),
    /// The scanner could not be reached or answered something unexpected.
    Failed(String),
}

pub type Scanning<'a> = Pin<Box<dyn Future<Output = Scan> + Send + 'a>>;

pub trait VirusScanner: Send + Sync {
    fn scan<'a>(&'a self, path: &'a Path) -> Scanning<'a>;
}

pub struct NotScanning;

impl VirusScanner for NotScanning {
    fn scan<'a>(&'a self, _path: &'a Path) -> Scanning<'a> {
        Box::pin(async { Scan::NotScanned })
    }
}

/// clamd on a TCP address, e.g. 127.0.0.1:3310.
pub struct Clamd {
    pub address: String,
}

impl VirusScanner for Clamd {
    fn scan<'a>(&'a self, path: &'a Path) -> Scanning<'a> {
        Box::pin(async move {
            match self.instream(path).await {
                Ok(reply) => parse_reply(&reply),
                Err(e) => Scan::Failed(e.to_string()),
            }
        })
    }
}

impl Clamd {
    async fn instream(&self, path: &Path) -> std::io::Result<String> {
        let mut stream = tokio::net::TcpStream::connect(&self.address).await?;
        let mut file = tokio::fs::File::open(path).await?;
        stream.write_all(b"zINSTREAM\0").await?;
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            let n = file.read(&mut chunk).await?;
            stream.write_all(&(n as u32).to_be_bytes()).await?;
            if n == 0 {
                break;
            }
            stream.write_all(&chunk[..n]).await?;
        }
        let mut reply = Vec::new();
        stream.read_to_end(&mut reply).await?;
        Ok(String::from_utf8_lossy(&reply)
            .trim_end_matches('\0')
            .trim()
            .to_string())
    }
}

/// "stream: OK" or "stream: Eicar-Signature FOUND".
fn parse_reply(reply: &str) -> Scan {
    let answer = reply.strip_prefix("stream:").unwrap_or(reply).trim();
    if answer == "OK" {
        Scan::Clean
    } else if let Some(name) = answer.strip_suffix("FOUND") {
        Scan::Infected(name.trim().to_string())
    } else {
        Scan::Failed(reply.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamd_replies_are_read() {
        assert_eq!(parse_reply("stream: OK"), Scan::Clean);
        assert_eq!(
            parse_reply("stream: Eicar-Signature FOUND"),
            Scan::Infected("Eicar-Signature".into())
        );
        assert!(matches!(
            parse_reply("INSTREAM size limit exceeded. ERROR"),
            Scan::Failed(_)
        ));
    }
}
