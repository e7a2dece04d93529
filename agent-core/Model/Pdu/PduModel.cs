using System;

namespace Callhome.AgentCore.Model.Pdu
{
    /// <summary>The switched PDU: its outlets, total power, and whether the relay expander answers.</summary>
    public sealed class PduModel
    {
        private readonly PduOutlet[] outlets;

        internal PduModel(PduRating rating)
        {
            outlets = new PduOutlet[rating.OutletCount];
            for (int i = 0; i < outlets.Length; i++)
            {
                outlets[i] = new PduOutlet(i + 1, rating.DefaultOvercurrentDeciamps);
            }
        }

        public ModelListeners Listeners { get; } = new ModelListeners();

        public int OutletCount => outlets.Length;

        /// <summary>Sum of the outlets' power, watts.</summary>
        public int TotalPowerWatts { get; internal set; }

        /// <summary>The relay expander did not answer, or was reset, at the last poll: outlet states are stale.</summary>
        public bool RelaySensorFault { get; internal set; }

        public bool IsValidOutlet(int number)
        {
            return number >= 1 && number <= outlets.Length;
        }

        /// <param name="number">1..OutletCount.</param>
        public PduOutlet Outlet(int number)
        {
            if (!IsValidOutlet(number))
            {
                throw new ArgumentOutOfRangeException(nameof(number));
            }

            return outlets[number - 1];
        }
    }
}
