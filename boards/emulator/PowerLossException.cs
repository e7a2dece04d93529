using System;

namespace Callhome.Boards.Emulator
{
    /// <summary>Thrown by simulated hardware when the injected power cut happens: everything above the HAL
    /// stops mid-operation, as the CPU would. Tests catch it and "reboot" over the same simulated storage.</summary>
    public sealed class PowerLossException : Exception
    {
        public PowerLossException()
            : base("simulated power loss")
        {
        }

        public PowerLossException(string message)
            : base(message)
        {
        }

        public PowerLossException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
