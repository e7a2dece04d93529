using System;
using System.Collections.Generic;

namespace Callhome.Netconf.Tests.Xml
{
    /// <summary>Seeded byte-level mutations aimed at XML structure: markup bytes inserted, bytes flipped,
    /// ranges deleted or duplicated, the document cut short.</summary>
    internal static class Mutator
    {
        private static readonly byte[] Interesting = "<>&;\"'=/!?[]-:#x \r\n\t"u8.ToArray();

        public static byte[] Mutate(byte[] document, Random random)
        {
            var bytes = new List<byte>(document);
            for (int n = 1 + random.Next(3); n > 0 && bytes.Count > 0; n--)
            {
                int at = random.Next(bytes.Count);
                switch (random.Next(6))
                {
                    case 0:
                        bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                        break;
                    case 1:
                        bytes[at] = Interesting[random.Next(Interesting.Length)];
                        break;
                    case 2:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(8)));
                        break;
                    case 3:
                        int count = Math.Min(bytes.Count - at, 1 + random.Next(12));
                        bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, count));
                        break;
                    case 4:
                        bytes[at] = (byte)(bytes[at] ^ (1 << random.Next(8)));
                        break;
                    default:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                }
            }

            return bytes.ToArray();
        }
    }
}
