using System;
using System.IO;
using Callhome.Hal;

namespace Callhome.Boards.NanoFramework
{
    /// <summary>
    /// The flash seam on nanoFramework boards, whose stable line has no raw-flash API: the pages live in one file
    /// on the board's power-safe file system (LittleFS on the ESP32's internal flash; on STM32 the target's
    /// LittleFS/SPI-flash or SD drive), kept with NOR semantics (erase → FFh, program ANDs) so the config store's
    /// two CRC-checked slots work unchanged. Each erase or program is flushed before it returns.
    /// </summary>
    public sealed class FileSystemFlash : IFlash, IDisposable
    {
        private readonly FileStream file;
        private readonly byte[] scratch;

        public FileSystemFlash(string path, int pageSize, int pageCount)
        {
            PageSize = pageSize;
            PageCount = pageCount;
            scratch = new byte[pageSize];
            bool fresh = !File.Exists(path);
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            if (fresh || file.Length != (long)pageSize * pageCount)
            {
                // A new device, or an image from another geometry: start blank (the store then reports factory defaults).
                file.SetLength((long)pageSize * pageCount);
                for (int page = 0; page < pageCount; page++)
                {
                    ErasePage(page);
                }
            }
        }

        public int PageSize { get; }

        public int PageCount { get; }

        public void ErasePage(int page)
        {
            if (page < 0 || page >= PageCount)
            {
                throw new ArgumentOutOfRangeException(nameof(page));
            }

            for (int i = 0; i < scratch.Length; i++)
            {
                scratch[i] = 0xFF;
            }

            file.Seek((long)page * PageSize, SeekOrigin.Begin);
            file.Write(scratch, 0, PageSize);
            file.Flush();
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            int done = 0;
            while (done < count)
            {
                int chunk = count - done < scratch.Length ? count - done : scratch.Length;
                ReadExactly(address + done, scratch, 0, chunk);
                for (int i = 0; i < chunk; i++)
                {
                    scratch[i] = (byte)(scratch[i] & buffer[offset + done + i]);
                }

                file.Seek(address + done, SeekOrigin.Begin);
                file.Write(scratch, 0, chunk);
                done += chunk;
            }

            file.Flush();
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            ReadExactly(address, buffer, offset, count);
        }

        public void Dispose()
        {
            file.Dispose();
        }

        private void ReadExactly(long position, byte[] buffer, int offset, int count)
        {
            file.Seek(position, SeekOrigin.Begin);
            int done = 0;
            while (done < count)
            {
                int got = file.Read(buffer, offset + done, count - done);
                if (got <= 0)
                {
                    throw new IOException("flash file ended early");
                }

                done += got;
            }
        }

        private void CheckRange(int address, byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || count < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the buffer", nameof(buffer));
            }

            if (address < 0 || (long)address + count > (long)PageSize * PageCount)
            {
                throw new ArgumentOutOfRangeException(nameof(address));
            }
        }
    }
}
