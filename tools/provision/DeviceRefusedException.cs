using System;

namespace Callhome.Provision
{
    /// <summary>The device answered a step with an error line, or with something that is not a reply.</summary>
    public sealed class DeviceRefusedException : Exception
    {
        public DeviceRefusedException()
        {
        }

        public DeviceRefusedException(string message)
            : base(message)
        {
        }

        public DeviceRefusedException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
