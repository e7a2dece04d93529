using System;
using Callhome.Hal;

namespace Callhome.Boards.Emulator.Chips
{
    /// <summary>
    /// MCP23017 model, IOCON.BANK = 0 (Microchip DS20001952 §3.5): 22 byte registers with the address pointer
    /// incrementing after each byte (SEQOP = 0, wrapping at 15h). IODIR resets to FFh (all inputs); a write to
    /// GPIO writes OLAT; a read of GPIO returns OLAT on output pins and the (IPOL-inverted) external level on
    /// input pins. <see cref="PowerCycle"/> stands for a brown-out reset of the expander alone.
    /// </summary>
    public sealed class SimulatedMcp23017 : ISimulatedI2cDevice
    {
        private const int RegisterCount = 0x16;
        private const int IoDirA = 0x00;
        private const int IPolA = 0x02;
        private const int GpioA = 0x12;
        private const int OLatA = 0x14;

        private readonly byte[] registers = new byte[RegisterCount];
        private int pointer;

        public SimulatedMcp23017()
        {
            PowerCycle();
        }

        /// <summary>Levels driven onto the pins from outside (bit 0–7 = GPA, 8–15 = GPB); used by input pins.</summary>
        public int ExternalLevels { get; set; }

        /// <summary>Pin levels as a relay driver sees them: OLAT on output pins, pulled up (1) on inputs.</summary>
        public int PinLevels
        {
            get
            {
                int directions = Pair(IoDirA);
                return (Pair(OLatA) & ~directions & 0xFFFF) | (directions & 0xFFFF);
            }
        }

        public int Directions => Pair(IoDirA);

        public void PowerCycle()
        {
            Array.Clear(registers);
            registers[IoDirA] = 0xFF;
            registers[IoDirA + 1] = 0xFF;
            pointer = 0;
        }

        public I2cStatus Write(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (count == 0)
            {
                return I2cStatus.Ok;
            }

            if (buffer[offset] >= RegisterCount)
            {
                return I2cStatus.Nack;
            }

            pointer = buffer[offset];
            for (int i = 1; i < count; i++)
            {
                int target = pointer == GpioA || pointer == GpioA + 1 ? pointer + 2 : pointer;
                registers[target] = buffer[offset + i];
                Advance();
            }

            return I2cStatus.Ok;
        }

        public I2cStatus Read(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = pointer == GpioA || pointer == GpioA + 1 ? GpioByte(pointer - GpioA) : registers[pointer];
                Advance();
            }

            return I2cStatus.Ok;
        }

        private byte GpioByte(int port)
        {
            int directions = registers[IoDirA + port];
            int inputs = ((ExternalLevels >> (8 * port)) ^ registers[IPolA + port]) & directions;
            return (byte)((registers[OLatA + port] & ~directions) | inputs);
        }

        private int Pair(int first) => registers[first] | (registers[first + 1] << 8);

        private void Advance() => pointer = (pointer + 1) % RegisterCount;
    }
}
