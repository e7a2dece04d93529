using System;
using Callhome.Hal;

namespace Callhome.Boards.Emulator.Chips
{
    /// <summary>
    /// The print engine's side of our status link (hal/Drivers/PrinterEngine/README.md): writing the pointer
    /// latches the block 00h–0Bh, reads return bytes from the pointer on, alerts latch until written to
    /// AlertClear (0Ch). Registers past 0Dh are NACKed.
    /// </summary>
    public sealed class SimulatedPrinterEngine : ISimulatedI2cDevice
    {
        private const int AlertClear = 0x0C;
        private readonly byte[] latched = new byte[14];
        private readonly int[] supplies = { 100, 100, 100, 100 };
        private int pointer;
        private int alerts;

        public int ProtocolVersion { get; set; } = 1;

        public int State { get; set; }

        public long PageCount { get; set; }

        public int Alerts => alerts;

        /// <summary>Latches alert bits, as the engine does when a condition occurs.</summary>
        public void Raise(int bits) => alerts |= bits;

        public void SetSupply(int supply, int level) => supplies[supply] = level;

        public I2cStatus Write(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (count == 0)
            {
                return I2cStatus.Ok;
            }

            if (buffer[offset] >= latched.Length)
            {
                return I2cStatus.Nack;
            }

            pointer = buffer[offset];
            Latch();
            if (pointer == AlertClear && count >= 3)
            {
                alerts &= ~((buffer[offset + 1] << 8) | buffer[offset + 2]);
            }

            return I2cStatus.Ok;
        }

        public I2cStatus Read(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            for (int i = 0; i < count; i++)
            {
                int at = pointer + i;
                buffer[offset + i] = at < latched.Length ? latched[at] : (byte)0xFF;
            }

            return I2cStatus.Ok;
        }

        private void Latch()
        {
            latched[0] = (byte)ProtocolVersion;
            latched[1] = (byte)State;
            latched[2] = (byte)(alerts >> 8);
            latched[3] = (byte)alerts;
            for (int i = 0; i < supplies.Length; i++)
            {
                latched[4 + i] = (byte)supplies[i];
            }

            latched[8] = (byte)(PageCount >> 24);
            latched[9] = (byte)(PageCount >> 16);
            latched[10] = (byte)(PageCount >> 8);
            latched[11] = (byte)PageCount;
        }
    }
}
