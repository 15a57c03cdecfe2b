//! Writing a backup: to `FILE.tmp`, streamed tree by tree and file by file, then renamed, so
//! a crash or a full disk never leaves half a backup under the real name.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use super::format::{END, FILE, HashWriter, MAGIC, RECORD, VERSION};
use super::{BackupError, BackupSummary};
use crate::store::content::is_content_name;
use crate::store::walk::{self, Walk};
use crate::store::{Store, T};

/// A backup being written. The caller decides what is consistent with what: it writes the
/// trees while no command may commit, and the files after (content is immutable and named
/// by its hash, and a file is stored before the command that refers to it commits, so every
/// file the trees refer to is already there).
pub struct BackupWriter {
    path: PathBuf,
    tmp: PathBuf,
    out: Option<HashWriter<BufWriter<File>>>,
    records: u64,
    files: u64,
    /// Renamed to the real name: nothing to clean up.
    done: bool,
    /// A file we made under `tmp` and rename when done; false for a file given to us open
    /// (`into_file`), which its owner names and removes.
    ours: bool,
}

impl BackupWriter {
    /// Check the target and start `FILE.tmp`. An existing FILE is refused: a typo must not
    /// replace last week's backup.
    pub fn create(path: &Path) -> Result<BackupWriter, BackupError> {
        let (file, tmp) = open_tmp(path)?;
        BackupWriter::start(path, tmp, file, true)
    }

    /// Write into `file`, opened by whoever asked for the backup (a client of the server,
    /// with its own permissions): from its start, whatever it held; `shown` names it in
    /// errors. Finishing syncs it; naming it is the owner's.
    pub fn into_file(file: File, shown: &Path) -> Result<BackupWriter, BackupError> {
        let io = BackupError::io(shown);
        file.set_len(0).map_err(&io)?;
        let mut file = file;
        io::Seek::rewind(&mut file).map_err(&io)?;
        BackupWriter::start(shown, shown.to_path_buf(), file, false)
    }

    fn start(
        path: &Path,
        tmp: PathBuf,
        file: File,
        ours: bool,
    ) -> Result<BackupWriter, BackupError> {
        let mut w = BackupWriter {
            path: path.to_path_buf(),
            tmp,
            out: Some(HashWriter::new(BufWriter::with_capacity(256 * 1024, file))),
            records: 0,
            files: 0,
            done: false,
            ours,
        };
        let mut header = MAGIC.to_vec();
        header.extend_from_slice(&VERSION.to_be_bytes());
        w.put(&header)?;
        Ok(w)
    }

    fn put(&mut self, bytes: &[u8]) -> Result<(), BackupError> {
        let tmp = &self.tmp;
        match self.out.as_mut() {
            Some(out) => out.write_all(bytes).map_err(BackupError::io(tmp)),
            None => Ok(()),
        }
    }

    /// Every key and value of every tree, in `T::ALL` order. `progress` hears (records
    /// written, records in all) every thousand records; counting them first is a scan of the
    /// keys, the price of a bar that can say how long. Both scans are bounded walks: a tree
    /// that cannot be read (a damaged page, a full disk) ends the backup with an error at
    /// once, as does `stop` once set.
    pub fn trees(
        &mut self,
        store: &Store,
        progress: &mut dyn FnMut(u64, u64),
        stop: Option<&AtomicBool>,
    ) -> Result<(), BackupError> {
        let total = walk::count_all(store, stop)?;
        progress(0, total);
        for t in T::ALL {
            let name = t.name().as_bytes();
            for item in Walk::new(store, t, stop) {
                let (key, value) = item?;
                let mut entry = Vec::with_capacity(10 + name.len() + key.len() + value.len());
                entry.push(RECORD);
                entry.push(name.len() as u8);
                entry.extend_from_slice(name);
                entry.extend_from_slice(&len32(&key)?.to_be_bytes());
                entry.extend_from_slice(&key);
                entry.extend_from_slice(&len32(&value)?.to_be_bytes());
                entry.extend_from_slice(&value);
                self.put(&entry)?;
                self.records += 1;
                if self.records.is_multiple_of(1_000) {
                    progress(self.records.min(total), total);
                }
            }
        }
        progress(total, total);
        Ok(())
    }

    /// Every attachment's content in `files_dir`, in name order (a stable file for equal
    /// databases).
    pub fn files(&mut self, files_dir: &Path) -> Result<(), BackupError> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(files_dir).map_err(BackupError::io(files_dir))? {
            let entry = entry.map_err(BackupError::io(files_dir))?;
            if let Some(name) = entry.file_name().to_str()
                && is_content_name(name)
            {
                names.push(name.to_owned());
            }
        }
        names.sort();
        for name in names {
            let path = files_dir.join(&name);
            let file = File::open(&path).map_err(BackupError::io(&path))?;
            let len = file.metadata().map_err(BackupError::io(&path))?.len();
            let mut header = vec![FILE, name.len() as u8];
            header.extend_from_slice(name.as_bytes());
            header.extend_from_slice(&len.to_be_bytes());
            self.put(&header)?;
            let tmp = &self.tmp;
            if let Some(out) = self.out.as_mut() {
                let copied = io::copy(&mut file.take(len), out).map_err(BackupError::io(tmp))?;
                if copied != len {
                    // Content files never change; one that shrank is being tampered with.
                    let short = io::Error::new(io::ErrorKind::UnexpectedEof, "file shrank");
                    return Err(BackupError::io(&path)(short));
                }
            }
            self.files += 1;
        }
        Ok(())
    }

    /// The end marker and checksum; on disk, then under the real name.
    pub fn finish(mut self) -> Result<BackupSummary, BackupError> {
        let mut end = vec![END];
        end.extend_from_slice(&self.records.to_be_bytes());
        end.extend_from_slice(&self.files.to_be_bytes());
        self.put(&end)?;
        let io = BackupError::io(&self.tmp);
        let Some(out) = self.out.take() else {
            return Err(io(io::Error::other("backup already finished")));
        };
        let (buffered, bytes) = out.finish().map_err(&io)?;
        let file = buffered.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(&io)?;
        if self.ours {
            finish_tmp(&self.tmp, &self.path)?;
        }
        self.done = true;
        Ok(BackupSummary {
            records: self.records,
            files: self.files,
            bytes,
        })
    }
}

impl Drop for BackupWriter {
    /// A backup that did not finish leaves nothing behind.
    fn drop(&mut self) {
        if !self.done && self.ours {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Check the target `path` of a backup and create its `FILE.tmp`, with the permissions of
/// this process: the file and its name for `BackupWriter::create`, or for a client that
/// hands the file to its server and renames it itself (`finish_tmp`).
pub fn open_tmp(path: &Path) -> Result<(File, PathBuf), BackupError> {
    let name = path
        .file_name()
        .ok_or_else(|| BackupError::Exists(path.to_path_buf()))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(BackupError::NoDir(path.to_path_buf()));
    }
    if path.symlink_metadata().is_ok() {
        return Err(BackupError::Exists(path.to_path_buf()));
    }
    let mut tmp_name = name.to_os_string();
    tmp_name.push(".tmp");
    let tmp = dir.join(tmp_name);
    // `create_new`: a `.tmp` that exists is another backup to the same name still running
    // (two writers would interleave in one file), or one a crash interrupted, which the
    // user removes. The mode follows the umask (007 in lejek): the team's group may read
    // backups, nobody else.
    match File::options().write(true).create_new(true).open(&tmp) {
        Ok(f) => Ok((f, tmp)),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(BackupError::Exists(tmp)),
        Err(e) => Err(BackupError::io(&tmp)(e)),
    }
}

/// Give a finished `tmp` (written and synced) its real name `path`, so that the rename
/// survives a power cut too.
pub fn finish_tmp(tmp: &Path, path: &Path) -> Result<(), BackupError> {
    std::fs::rename(tmp, path).map_err(BackupError::io(tmp))?;
    if let Some(dir) = path.parent()
        && let Ok(d) = File::open(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
    {
        let _ = d.sync_all();
    }
    Ok(())
}

fn len32(bytes: &[u8]) -> Result<u32, BackupError> {
    u32::try_from(bytes.len()).map_err(|_| {
        BackupError::Sled(sled::Error::Unsupported(
            "a stored value longer than 4 GiB".into(),
        ))
    })
}
