using System;
using System.IO;
using Callhome.Hal;

namespace Callhome.Boards.Linux
{
    /// <summary>
    /// Key slots as files (mode 0600) in a directory on the board's persistent storage. A write goes to a
    /// temporary file that is flushed to disk before it is renamed over the slot, so a power cut leaves the old
    /// key or the new one, never a torn one.
    /// </summary>
    public sealed class DirectoryKeyStore : IKeyStore
    {
        private const int MaxSlotBytes = 4096;
        private readonly string directory;

        public DirectoryKeyStore(string directory)
        {
            ArgumentException.ThrowIfNullOrEmpty(directory);
            this.directory = directory;
            Directory.CreateDirectory(directory);
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        public int Read(string slot, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            string path = PathOf(slot);
            if (!File.Exists(path))
            {
                return -1;
            }

            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (file.Length > MaxSlotBytes || file.Length > count)
            {
                throw new ArgumentException("slot " + slot + " holds " + file.Length + " bytes; buffer has room for " + count, nameof(buffer));
            }

            int length = (int)file.Length;
            file.ReadExactly(buffer, offset, length);
            return length;
        }

        public void Write(string slot, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (count > MaxSlotBytes)
            {
                throw new ArgumentException("a key slot holds at most " + MaxSlotBytes + " bytes", nameof(count));
            }

            string path = PathOf(slot);
            string temporary = path + ".new";
            var options = new FileStreamOptions
            {
                Mode = FileMode.Create,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            };
            using (var file = new FileStream(temporary, options))
            {
                file.Write(buffer, offset, count);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }

        public bool Delete(string slot)
        {
            string path = PathOf(slot);
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }

        private string PathOf(string slot)
        {
            ArgumentException.ThrowIfNullOrEmpty(slot);
            foreach (char c in slot)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
                {
                    throw new ArgumentException("slot names are letters, digits, '-' and '_'", nameof(slot));
                }
            }

            return Path.Combine(directory, slot + ".key");
        }
    }
}
