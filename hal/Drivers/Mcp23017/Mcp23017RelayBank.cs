using System;

namespace Callhome.Hal.Drivers.Mcp23017
{
    /// <summary>
    /// Sixteen relays (a PDU's outlets) on an MCP23017 I/O expander: relay n is GPA n for n &lt; 8 and
    /// GPB (n − 8) above. Registers used, BANK = 0 map: IODIRA/IODIRB 00h/01h, GPIOA/GPIOB 12h/13h,
    /// OLATA/OLATB 14h/15h; pairs are written in one transaction since the address pointer increments
    /// (IOCON.SEQOP = 0 at power-on).
    /// The chip powers up with every pin an input (IODIR = FFh), so a brown-out reset of the expander is
    /// visible as IODIR ≠ 00h; <see cref="TryReadState"/> reports that as a fault, and the agent
    /// re-initializes rather than believe relays it can no longer drive.
    /// </summary>
    public sealed class Mcp23017RelayBank
    {
        public const int DefaultAddress = 0x20;
        public const int RelayCount = 16;
        private const int AllRelays = 0xFFFF;

        private readonly RegisterPort port;
        private readonly bool activeLow;
        private readonly byte[] pair = new byte[2];
        private int onMask;

        /// <param name="activeLow">true for relay boards whose driver energizes the coil on a low pin.</param>
        public Mcp23017RelayBank(II2cBus bus, int address, bool activeLow)
        {
            port = new RegisterPort(bus, address);
            this.activeLow = activeLow;
        }

        /// <summary>The relays last commanded on (bit n = relay n), as written to the output latches.</summary>
        public int CommandedMask => onMask;

        /// <summary>Every relay off: the latches are written before the pins become outputs, so no relay
        /// pulses on while the expander is configured.</summary>
        public bool TryInitialize()
        {
            return TrySetAll(0) && WritePair(Register.IoDirA, 0x0000);
        }

        public bool TrySetRelay(int relay, bool on)
        {
            if (relay < 0 || relay >= RelayCount)
            {
                throw new ArgumentOutOfRangeException(nameof(relay));
            }

            int mask = on ? onMask | (1 << relay) : onMask & ~(1 << relay);
            return TrySetAll(mask);
        }

        public bool TrySetAll(int mask)
        {
            mask &= AllRelays;
            if (!WritePair(Register.OLatA, ToPins(mask)))
            {
                return false;
            }

            onMask = mask;
            return true;
        }

        /// <summary>Reads the pin levels back (GPIOA/GPIOB) as relays on.</summary>
        /// <returns>false on a NACK, or when the pins are no longer outputs (the expander was reset).</returns>
        public bool TryReadState(out int relaysOn)
        {
            relaysOn = 0;
            if (!ReadPair(Register.IoDirA, out int directions) || directions != 0)
            {
                return false;
            }

            if (!ReadPair(Register.GpioA, out int pins))
            {
                return false;
            }

            relaysOn = ToPins(pins);
            return true;
        }

        // Active-low inversion is its own inverse: pins → relays and relays → pins are the same map.
        private int ToPins(int mask)
        {
            return activeLow ? ~mask & AllRelays : mask;
        }

        private bool WritePair(Register first, int value)
        {
            pair[0] = (byte)value;
            pair[1] = (byte)(value >> 8);
            return port.TryWrite((byte)first, pair, 0, 2);
        }

        private bool ReadPair(Register first, out int value)
        {
            value = 0;
            if (!port.TryRead((byte)first, pair, 0, 2))
            {
                return false;
            }

            value = pair[0] | (pair[1] << 8);
            return true;
        }
    }
}
