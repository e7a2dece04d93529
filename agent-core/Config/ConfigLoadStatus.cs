namespace Callhome.AgentCore.Config
{
    /// <summary>What the last <see cref="ConfigStore.Load"/> found; the agent reports anything but Loaded.</summary>
    public enum ConfigLoadStatus
    {
        /// <summary>The newest slot was valid; the other valid or blank.</summary>
        Loaded = 0,

        /// <summary>One slot was corrupt (a torn write, bit rot) and the other one was used.</summary>
        LoadedOtherSlotCorrupt = 1,

        /// <summary>Both slots blank: a device never configured.</summary>
        FactoryDefaultsNothingStored = 2,

        /// <summary>No slot valid and at least one corrupt: factory defaults, with the reason in LoadDetail.</summary>
        FactoryDefaultsCorrupt = 3,
    }
}
