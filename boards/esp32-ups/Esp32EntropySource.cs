using System;
using Callhome.Hal;

namespace Callhome.Boards.Esp32Ups
{
    /// <summary>
    /// nanoFramework's stable line exposes no TRNG API. On ESP32 its System.Random is implemented natively
    /// over esp_random(), which reads the hardware RNG (true random while the radio or the bootloader's
    /// entropy source is on). Each call re-creates Random so no managed PRNG state is reused.
    /// Caveat (docs/portability.md): this relies on the firmware image's native Random; verify on new images.
    /// </summary>
    public sealed class Esp32EntropySource : IEntropySource
    {
        public void GetBytes(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || count < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the buffer", nameof(buffer));
            }

            byte[] block = new byte[count];
            new Random().NextBytes(block);
            Array.Copy(block, 0, buffer, offset, count);
            Array.Clear(block, 0, count);
        }
    }
}
