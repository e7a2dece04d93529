using System;
using Callhome.Hal;

namespace Callhome.AgentCore.Config
{
    /// <summary>
    /// The configuration in NOR flash as two slots, so a power cut during a save loses at most that save.
    /// Each slot holds one record: magic "CHCF", format 1, a reserved byte, a 32-bit sequence number, the
    /// payload length, the ConfigCodec payload and a CRC-32 over all of it (MSB first throughout).
    /// A save erases the slot not holding the current configuration and programs the record with the next
    /// sequence number; the CRC is its last bytes, so the record becomes valid only once wholly written.
    /// A load decodes both slots and takes the valid one with the newer sequence; with none valid it returns
    /// factory defaults and says why. Loading never throws for anything the flash contains.
    /// </summary>
    public sealed class ConfigStore
    {
        public const int FormatVersion = 1;
        private const uint Magic = 0x43484346; // "CHCF"
        private const int SlotValid = 0;
        private const int SlotBlank = 1;
        private const int SlotCorrupt = 2;

        private readonly IFlash flash;
        private readonly int firstPage;
        private readonly int pagesPerSlot;
        private readonly int slotBytes;
        private readonly byte[] record = new byte[ConfigLimits.MaxRecordBytes];
        private readonly byte[] verify = new byte[32];
        private int activeSlot = -1;
        private uint activeSequence;
        private bool loaded;

        /// <param name="firstPage">slot 0 is pages [firstPage, firstPage + pagesPerSlot), slot 1 follows it.</param>
        public ConfigStore(IFlash flash, int firstPage, int pagesPerSlot)
        {
            ArgumentNullException.ThrowIfNull(flash);
            if (pagesPerSlot < 1 || (long)pagesPerSlot * flash.PageSize < ConfigLimits.MaxRecordBytes)
            {
                throw new ArgumentOutOfRangeException(nameof(pagesPerSlot), "a slot must hold " + ConfigLimits.MaxRecordBytes.ToString() + " bytes");
            }

            if (firstPage < 0 || firstPage + (2 * pagesPerSlot) > flash.PageCount)
            {
                throw new ArgumentOutOfRangeException(nameof(firstPage), "both slots must fit the flash");
            }

            this.flash = flash;
            this.firstPage = firstPage;
            this.pagesPerSlot = pagesPerSlot;
            slotBytes = pagesPerSlot * flash.PageSize;
        }

        /// <summary>The fewest pages of the given size that hold one record.</summary>
        public static int PagesPerSlotFor(int pageSize)
        {
            return (ConfigLimits.MaxRecordBytes + pageSize - 1) / pageSize;
        }

        public ConfigLoadStatus LoadStatus { get; private set; }

        /// <summary>Each slot's state in words, for the log and the manager ("slot 0: valid, sequence 7; …").</summary>
        public string LoadDetail { get; private set; } = string.Empty;

        /// <summary>The slot holding the current configuration; -1 when none does.</summary>
        public int ActiveSlot => activeSlot;

        public uint Sequence => activeSequence;

        public DeviceConfig Load()
        {
            DeviceConfig? first = ReadSlot(0, out uint firstSequence, out int firstState, out string firstDetail);
            DeviceConfig? second = ReadSlot(1, out uint secondSequence, out int secondState, out string secondDetail);
            LoadDetail = "slot 0: " + firstDetail + "; slot 1: " + secondDetail;
            loaded = true;

            bool useSecond = second != null && (first == null || BigEndian.IsNewerSequence(secondSequence, firstSequence));
            if (first == null && second == null)
            {
                activeSlot = -1;
                activeSequence = 0;
                LoadStatus = firstState == SlotBlank && secondState == SlotBlank
                    ? ConfigLoadStatus.FactoryDefaultsNothingStored
                    : ConfigLoadStatus.FactoryDefaultsCorrupt;
                return DeviceConfig.FactoryDefaults();
            }

            activeSlot = useSecond ? 1 : 0;
            activeSequence = useSecond ? secondSequence : firstSequence;
            LoadStatus = firstState == SlotCorrupt || secondState == SlotCorrupt
                ? ConfigLoadStatus.LoadedOtherSlotCorrupt
                : ConfigLoadStatus.Loaded;
            return useSecond ? second! : first!;
        }

        /// <exception cref="ArgumentException">the configuration is invalid.</exception>
        /// <exception cref="System.IO.IOException">the flash did not keep what was programmed; the previous
        /// configuration is still the current one.</exception>
        public void Save(DeviceConfig config)
        {
            if (!loaded)
            {
                Load();
            }

            int payload = ConfigCodec.Encode(config, record, ConfigLimits.HeaderBytes, ConfigLimits.MaxPayloadBytes);
            uint sequence = activeSequence + 1;
            BigEndian.PutUInt32(record, 0, Magic);
            record[4] = FormatVersion;
            record[5] = 0;
            BigEndian.PutUInt32(record, 6, sequence);
            record[10] = (byte)(payload >> 8);
            record[11] = (byte)payload;
            int crcAt = ConfigLimits.HeaderBytes + payload;
            BigEndian.PutUInt32(record, crcAt, Crc32.Compute(record, 0, crcAt));

            int target = activeSlot == 0 ? 1 : 0;
            for (int page = 0; page < pagesPerSlot; page++)
            {
                flash.ErasePage(firstPage + (target * pagesPerSlot) + page);
            }

            int total = crcAt + ConfigLimits.CrcBytes;
            flash.Program(SlotAddress(target), record, 0, total);
            if (!ReadsBack(SlotAddress(target), total))
            {
                // A worn cell that no longer programs: the slot fails its CRC and the old one stays current.
                throw new System.IO.IOException("config slot " + target.ToString() + " did not read back as written");
            }

            // Only now is the new record the current one; a power cut before this line leaves the old one.
            activeSlot = target;
            activeSequence = sequence;
        }

        private DeviceConfig? ReadSlot(int slot, out uint sequence, out int state, out string detail)
        {
            sequence = 0;
            int address = SlotAddress(slot);
            if (IsErased(address))
            {
                state = SlotBlank;
                detail = "blank";
                return null;
            }

            state = SlotCorrupt;
            int length = (record[10] << 8) | record[11];
            if (BigEndian.GetUInt32(record, 0) != Magic || record[4] != FormatVersion)
            {
                detail = "no record header";
                return null;
            }

            if (length > ConfigLimits.MaxPayloadBytes)
            {
                detail = "payload length " + length.ToString() + " too large";
                return null;
            }

            int crcAt = ConfigLimits.HeaderBytes + length;
            flash.Read(address + ConfigLimits.HeaderBytes, record, ConfigLimits.HeaderBytes, length + ConfigLimits.CrcBytes);
            if (Crc32.Compute(record, 0, crcAt) != BigEndian.GetUInt32(record, crcAt))
            {
                detail = "CRC mismatch";
                return null;
            }

            if (!ConfigCodec.TryDecode(record, ConfigLimits.HeaderBytes, length, out DeviceConfig? config, out string? error))
            {
                detail = "bad payload: " + error;
                return null;
            }

            state = SlotValid;
            sequence = BigEndian.GetUInt32(record, 6);
            detail = "valid, sequence " + sequence.ToString();
            return config;
        }

        private bool ReadsBack(int address, int count)
        {
            for (int done = 0; done < count; done += verify.Length)
            {
                int chunk = count - done < verify.Length ? count - done : verify.Length;
                flash.Read(address + done, verify, 0, chunk);
                for (int i = 0; i < chunk; i++)
                {
                    if (verify[i] != record[done + i])
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        // Blank means the whole slot reads FFh: a slot whose erase was cut short is corrupt, not blank.
        private bool IsErased(int address)
        {
            for (int done = 0; done < slotBytes; done += record.Length)
            {
                int count = slotBytes - done < record.Length ? slotBytes - done : record.Length;
                flash.Read(address + done, record, 0, count);
                for (int i = 0; i < count; i++)
                {
                    if (record[i] != 0xFF)
                    {
                        // Leave the header in the buffer for the caller.
                        flash.Read(address, record, 0, ConfigLimits.HeaderBytes);
                        return false;
                    }
                }
            }

            return true;
        }

        private int SlotAddress(int slot)
        {
            return (firstPage + (slot * pagesPerSlot)) * flash.PageSize;
        }
    }
}
