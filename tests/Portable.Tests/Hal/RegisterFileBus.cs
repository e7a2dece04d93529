using System.Collections;
using Callhome.AgentCore.Crypto;
using Callhome.Hal;

namespace Callhome.Portable.Tests.Hal
{
    /// <summary>
    /// A bus with one device that is nothing but a 256-byte register file with a pointer: no chip logic,
    /// so the driver tests assert the data sheets' own register values, not a model of them. Every write
    /// transaction is recorded as hex. Chips whose pointer names 16-bit words (INA219) use two bytes of
    /// storage per pointer value; byte-addressed chips (MCP23017, MAX17048, ours) use one.
    /// </summary>
    internal sealed class RegisterFileBus : II2cBus
    {
        private readonly int address;
        private readonly int width;
        private readonly byte[] registers = new byte[512];
        private int pointer;

        public RegisterFileBus(int address)
            : this(address, 1)
        {
        }

        public RegisterFileBus(int address, int bytesPerRegister)
        {
            this.address = address;
            width = bytesPerRegister;
        }

        public ArrayList Writes { get; } = new ArrayList();

        /// <summary>Makes the device NACK every transaction, as when it is unplugged or browned out.</summary>
        public bool Absent { get; set; }

        public void Set16(int register, int value)
        {
            registers[register * width] = (byte)(value >> 8);
            registers[(register * width) + 1] = (byte)value;
        }

        public void Set(int register, string hex)
        {
            byte[] bytes = Hex.Decode(hex);
            for (int i = 0; i < bytes.Length; i++)
            {
                registers[(register * width) + i] = bytes[i];
            }
        }

        public string LastWrite => Writes.Count == 0 ? "(none)" : (string)Writes[Writes.Count - 1]!;

        public I2cStatus Write(int address, byte[] buffer, int offset, int count)
        {
            if (Absent || address != this.address)
            {
                return I2cStatus.Nack;
            }

            Writes.Add(Hex.Encode(buffer, offset, count));
            pointer = buffer[offset];
            for (int i = 1; i < count; i++)
            {
                registers[((pointer * width) + i - 1) & 0x1FF] = buffer[offset + i];
            }

            return I2cStatus.Ok;
        }

        public I2cStatus Read(int address, byte[] buffer, int offset, int count)
        {
            if (Absent || address != this.address)
            {
                return I2cStatus.Nack;
            }

            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = registers[((pointer * width) + i) & 0x1FF];
            }

            return I2cStatus.Ok;
        }

        public I2cStatus WriteRead(int address, byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            if (Absent || address != this.address)
            {
                return I2cStatus.Nack;
            }

            pointer = writeBuffer[writeOffset];
            return Read(address, readBuffer, readOffset, readCount);
        }
    }
}
