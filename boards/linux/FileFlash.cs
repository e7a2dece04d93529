using System;
using System.IO;
using Callhome.Hal;

namespace Callhome.Boards.Linux
{
    /// <summary>
    /// The flash seam on an embedded Linux board: <see cref="PageCount"/> pages of <see cref="PageSize"/> bytes in
    /// one file on the board's persistent storage, with NOR semantics kept (erase → FFh, program ANDs), so the
    /// config store's two-slot, CRC-checked records work unchanged. Every erase and program is written in place
    /// and fsync'd before it returns: once a call returns, its bytes survive a power cut; a cut during a call
    /// leaves a prefix of it, which the store's CRC detects.
    /// </summary>
    public sealed class FileFlash : IFlash, IDisposable
    {
        private readonly FileStream file;
        private readonly byte[] scratch;
        private long writeBudget = -1;

        /// <param name="path">created (all FFh) if missing; an existing file must have the size of the geometry.</param>
        public FileFlash(string path, int pageSize, int pageCount)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageCount);
            PageSize = pageSize;
            PageCount = pageCount;
            scratch = new byte[pageSize];
            long size = (long)pageSize * pageCount;
            bool created = !File.Exists(path);
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            if (created)
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                for (int page = 0; page < pageCount; page++)
                {
                    ErasePage(page);
                }
            }
            else if (file.Length != size)
            {
                file.Dispose();
                throw new InvalidDataException(path + " is " + new FileInfo(path).Length + " bytes, not " + pageCount + " pages of " + pageSize);
            }
        }

        public int PageSize { get; }

        public int PageCount { get; }

        /// <summary>
        /// Test hook standing for a power cut: how many more bytes reach the file before the power fails (−1:
        /// no cut). The write that crosses it stores and syncs only the bytes that fit, then throws
        /// <see cref="IOException"/>; so does every write after it.
        /// </summary>
        public long WriteBudget
        {
            get => writeBudget;
            set => writeBudget = value;
        }

        public void ErasePage(int page)
        {
            if (page < 0 || page >= PageCount)
            {
                throw new ArgumentOutOfRangeException(nameof(page));
            }

            Array.Fill(scratch, (byte)0xFF);
            WriteThrough((long)page * PageSize, scratch, PageSize);
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            int done = 0;
            while (done < count)
            {
                int chunk = Math.Min(count - done, scratch.Length);
                ReadAt(address + done, scratch, chunk);
                for (int i = 0; i < chunk; i++)
                {
                    // NOR programming only clears bits: the cell keeps old AND new.
                    scratch[i] &= buffer[offset + done + i];
                }

                WriteThrough(address + done, scratch, chunk);
                done += chunk;
            }
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            file.Position = address;
            file.ReadExactly(buffer, offset, count);
        }

        public void Dispose()
        {
            file.Dispose();
        }

        private void ReadAt(long position, byte[] into, int count)
        {
            file.Position = position;
            file.ReadExactly(into, 0, count);
        }

        private void WriteThrough(long position, byte[] from, int count)
        {
            int allowed = writeBudget < 0 ? count : (int)Math.Min(count, writeBudget);
            file.Position = position;
            file.Write(from, 0, allowed);
            file.Flush(flushToDisk: true);
            if (writeBudget >= 0)
            {
                writeBudget -= allowed;
                if (allowed < count)
                {
                    throw new IOException("power lost (simulated) after " + allowed + " of " + count + " bytes at " + position);
                }
            }
        }

        private void CheckRange(int address, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the buffer", nameof(buffer));
            }

            if (address < 0 || (long)address + count > (long)PageSize * PageCount)
            {
                throw new ArgumentOutOfRangeException(nameof(address), "outside the flash region");
            }
        }
    }
}
