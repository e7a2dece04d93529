using System;
using System.Collections;
using Callhome.AgentCore.Config;

namespace Callhome.AgentCore.Console
{
    /// <summary>The console's small parsers: words of a line, endpoint lists, fingerprints.</summary>
    public static class ConsoleWords
    {
        private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        /// <summary>Words separated by one or more spaces.</summary>
        public static string[] Split(string line)
        {
            var words = new ArrayList();
            int i = 0;
            while (i < line.Length)
            {
                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }

                int start = i;
                while (i < line.Length && line[i] != ' ')
                {
                    i++;
                }

                if (i > start)
                {
                    words.Add(line.Substring(start, i - start));
                }
            }

            var result = new string[words.Count];
            for (int w = 0; w < result.Length; w++)
            {
                result[w] = (string)words[w]!;
            }

            return result;
        }

        /// <summary>The line after its first <paramref name="skip"/> words, without leading or trailing spaces.</summary>
        public static string RestAfter(string line, int skip)
        {
            int i = 0;
            for (int w = 0; w < skip; w++)
            {
                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }

                while (i < line.Length && line[i] != ' ')
                {
                    i++;
                }
            }

            return line.Substring(i).Trim();
        }

        /// <returns>the endpoints of "host:port[,host:port...]"; null with the reason when any is invalid.</returns>
        public static ManagerEndpoint[]? ParseEndpoints(string text, out string? problem)
        {
            problem = null;
            var endpoints = new ArrayList();
            int start = 0;
            while (start <= text.Length)
            {
                int comma = text.IndexOf(',', start);
                int end = comma < 0 ? text.Length : comma;
                string item = text.Substring(start, end - start);
                if (!ManagerEndpoint.TryParse(item, out ManagerEndpoint? endpoint))
                {
                    problem = "invalid manager '" + item + "': expected HOST:PORT or [IPv6]:PORT, port 1-65535";
                    return null;
                }

                endpoints.Add(endpoint);
                if (endpoints.Count > ConfigLimits.MaxEndpoints)
                {
                    problem = "at most " + ConfigLimits.MaxEndpoints.ToString() + " managers";
                    return null;
                }

                start = end + 1;
            }

            var result = new ManagerEndpoint[endpoints.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (ManagerEndpoint)endpoints[i]!;
            }

            return result;
        }

        public static string Endpoints(ManagerEndpoint[] endpoints)
        {
            if (endpoints.Length == 0)
            {
                return "(none)";
            }

            string text = endpoints[0].ToString();
            for (int i = 1; i < endpoints.Length; i++)
            {
                text += "," + endpoints[i].ToString();
            }

            return text;
        }

        /// <returns>empty when <paramref name="text"/> is OpenSSH's SHA256 fingerprint form, else why not.</returns>
        public static string CheckFingerprint(string text)
        {
            if (!text.StartsWith("SHA256:"))
            {
                return "fingerprint must start with SHA256: (as ssh-keygen -l -E sha256 prints it)";
            }

            if (text.Length != ConfigLimits.FingerprintLength)
            {
                return "fingerprint must be SHA256: and 43 base64 characters, got " + (text.Length - 7).ToString();
            }

            for (int i = 7; i < text.Length; i++)
            {
                int value = Base64.IndexOf(text[i]);
                if (value < 0)
                {
                    return "fingerprint has a non-base64 character at position " + (i + 1).ToString();
                }

                // 43 characters carry 258 bits of a 256-bit digest: the last one's two low bits are zero.
                if (i == text.Length - 1 && (value & 3) != 0)
                {
                    return "fingerprint is not a 32-byte SHA-256 digest (bad last character)";
                }
            }

            return string.Empty;
        }
    }
}
