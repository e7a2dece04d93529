using System;
using System.IO;
using Callhome.Hal;

namespace Callhome.Boards.Esp32Ups
{
    /// <summary>
    /// Key slots as files on the ESP32's internal flash file system (drive I:). A write goes to a new file and
    /// replaces the slot by delete + move, so after a power cut a slot is either whole or recoverable from
    /// its ".new" file, which Read prefers to a missing slot.
    /// </summary>
    public sealed class FlashFileKeyStore : IKeyStore
    {
        private readonly string directory;

        public FlashFileKeyStore(string directory)
        {
            this.directory = directory;
            if (!Directory.Exists(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        public int Read(string slot, byte[] buffer, int offset, int count)
        {
            string path = PathOf(slot);
            if (!File.Exists(path))
            {
                if (!File.Exists(path + ".new"))
                {
                    return -1;
                }

                File.Move(path + ".new", path);
            }

            byte[] content = File.ReadAllBytes(path);
            if (content.Length > count)
            {
                throw new ArgumentException("buffer too small for slot " + slot, nameof(buffer));
            }

            Array.Copy(content, 0, buffer, offset, content.Length);
            Array.Clear(content, 0, content.Length);
            return content.Length;
        }

        public void Write(string slot, byte[] buffer, int offset, int count)
        {
            string path = PathOf(slot);
            byte[] content = new byte[count];
            Array.Copy(buffer, offset, content, 0, count);
            File.WriteAllBytes(path + ".new", content);
            Array.Clear(content, 0, count);
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            File.Move(path + ".new", path);
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
            return directory + "\\" + slot + ".key";
        }
    }
}
