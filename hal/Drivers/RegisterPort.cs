using System;

namespace Callhome.Hal.Drivers
{
    /// <summary>
    /// Register access for pointer-addressed I2C chips: a write sends the register pointer then the data; a
    /// read writes the pointer and reads after a repeated START. Multi-byte registers are MSB first on every
    /// chip we drive. The scratch buffers are reused, so a read allocates nothing.
    /// </summary>
    public sealed class RegisterPort
    {
        private const int MaxTransfer = 16;

        private readonly II2cBus bus;
        private readonly byte[] pointer = new byte[1];
        private readonly byte[] tx = new byte[MaxTransfer + 1];
        private readonly byte[] rx = new byte[MaxTransfer];

        public RegisterPort(II2cBus bus, int address)
        {
            ArgumentNullException.ThrowIfNull(bus);
            if (address < 0 || address > 0x7F)
            {
                throw new ArgumentOutOfRangeException(nameof(address), "a 7-bit I2C address");
            }

            this.bus = bus;
            Address = address;
        }

        public int Address { get; }

        public bool TryRead(byte register, byte[] buffer, int offset, int count)
        {
            pointer[0] = register;
            return bus.WriteRead(Address, pointer, 0, 1, buffer, offset, count) == I2cStatus.Ok;
        }

        public bool TryReadByte(byte register, out int value)
        {
            value = 0;
            if (!TryRead(register, rx, 0, 1))
            {
                return false;
            }

            value = rx[0];
            return true;
        }

        /// <param name="value">the register as an unsigned 16-bit number.</param>
        public bool TryReadUInt16(byte register, out int value)
        {
            value = 0;
            if (!TryRead(register, rx, 0, 2))
            {
                return false;
            }

            value = (rx[0] << 8) | rx[1];
            return true;
        }

        /// <param name="value">the register as a two's-complement 16-bit number.</param>
        public bool TryReadInt16(byte register, out int value)
        {
            if (!TryReadUInt16(register, out value))
            {
                return false;
            }

            value = (short)value;
            return true;
        }

        public bool TryWrite(byte register, byte[] buffer, int offset, int count)
        {
            if (count < 0 || count > MaxTransfer)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            tx[0] = register;
            Array.Copy(buffer, offset, tx, 1, count);
            return bus.Write(Address, tx, 0, count + 1) == I2cStatus.Ok;
        }

        public bool TryWriteByte(byte register, int value)
        {
            tx[0] = register;
            tx[1] = (byte)value;
            return bus.Write(Address, tx, 0, 2) == I2cStatus.Ok;
        }

        public bool TryWriteUInt16(byte register, int value)
        {
            tx[0] = register;
            tx[1] = (byte)(value >> 8);
            tx[2] = (byte)value;
            return bus.Write(Address, tx, 0, 3) == I2cStatus.Ok;
        }
    }
}
