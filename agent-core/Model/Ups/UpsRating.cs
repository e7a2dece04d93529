namespace Callhome.AgentCore.Model.Ups
{
    /// <summary>
    /// The UPS's nameplate and its sensors' scaling, set per board. Integers in the unit each name says.
    /// </summary>
    public sealed class UpsRating
    {
        public int BatteryCapacityMilliampHours { get; set; } = 2000;

        /// <summary>upsOutputNominal… / upsConfigOutputPower: the load 100 % stands for.</summary>
        public int RatedOutputWatts { get; set; } = 60;

        public int NominalOutputVolts { get; set; } = 230;

        public int NominalFrequencyDecihertz { get; set; } = 500;

        /// <summary>Below this input voltage the mains is considered failed (upsConfigLowVoltageTransferPoint).</summary>
        public int LowTransferVolts { get; set; } = 180;

        public int LowBatteryPercent { get; set; } = 25;

        /// <summary>The battery leaves Low only above LowBatteryPercent + this, so a charge hovering at the
        /// threshold does not raise a notification per poll.</summary>
        public int LowBatteryHysteresisPercent { get; set; } = 5;

        /// <summary>upsConfigLowBattTime: on battery with fewer minutes left than this, the battery is Low.</summary>
        public int LowBatteryMinutes { get; set; } = 2;

        public int DepletedPercent { get; set; } = 3;

        public int MaxTemperatureCelsius { get; set; } = 45;

        public int SelfTestMilliseconds { get; set; } = 10000;

        /// <summary>Mains sense: input RMS decivolts per ADC millivolt (the divider and rectifier scaled to 1).</summary>
        public int InputDecivoltsPerMillivolt { get; set; } = 1;

        /// <summary>Output current transformer: output RMS milliamps per ADC millivolt.</summary>
        public int OutputMilliampsPerMillivolt { get; set; } = 1;

        /// <summary>Runtime estimates are capped here (upsEstimatedMinutesRemaining has no "infinite").</summary>
        public int MaxRuntimeMinutes { get; set; } = 9999;
    }
}
