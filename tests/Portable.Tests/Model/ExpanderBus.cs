using Callhome.Hal;

namespace Callhome.Portable.Tests.Model
{
    /// <summary>Just enough MCP23017 for the PDU tests: sequential byte registers 00h–15h, and OLAT written
    /// through to GPIO (the pins of an output port read back what was latched).</summary>
    internal sealed class ExpanderBus : II2cBus
    {
        private readonly byte[] registers = new byte[0x16];
        private int pointer;

        public bool Absent { get; set; }

        public int Pins => registers[0x12] | (registers[0x13] << 8);

        public I2cStatus Write(int address, byte[] buffer, int offset, int count)
        {
            if (Absent)
            {
                return I2cStatus.Nack;
            }

            pointer = buffer[offset];
            for (int i = 1; i < count; i++)
            {
                registers[pointer] = buffer[offset + i];
                if (pointer == 0x14 || pointer == 0x15)
                {
                    registers[pointer - 2] = buffer[offset + i];
                }

                pointer = (pointer + 1) % registers.Length;
            }

            return I2cStatus.Ok;
        }

        public I2cStatus Read(int address, byte[] buffer, int offset, int count)
        {
            if (Absent)
            {
                return I2cStatus.Nack;
            }

            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = registers[pointer];
                pointer = (pointer + 1) % registers.Length;
            }

            return I2cStatus.Ok;
        }

        public I2cStatus WriteRead(int address, byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            I2cStatus status = Write(address, writeBuffer, writeOffset, writeCount);
            return status != I2cStatus.Ok ? status : Read(address, readBuffer, readOffset, readCount);
        }
    }
}
