using System;
using Callhome.Hal;

namespace Callhome.Boards.Stm32Pdu
{
    /// <summary>
    /// nanoFramework's stable line has no TRNG class. On its STM32 (ChibiOS) targets, System.Random's native
    /// implementation reads the RNG peripheral through ChibiOS's TRNG driver when the target is built with it,
    /// as the STM32F7 reference target (ST_STM32F769I_DISCOVERY) is. Parts without an RNG peripheral (F0, F1, F3)
    /// fall back to a software generator: this board must not use one. A new Random per call keeps no managed state.
    /// </summary>
    public sealed class Stm32EntropySource : IEntropySource
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
