namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>RFC 4251 §5 name-lists: comma-separated names, compared exactly (case-sensitive).</summary>
    public static class NameList
    {
        public static string Join(string[] names)
        {
            string result = string.Empty;
            for (int i = 0; i < names.Length; i++)
            {
                result = i == 0 ? names[i] : result + "," + names[i];
            }

            return result;
        }

        public static bool Contains(string list, string name)
        {
            int start = 0;
            while (start <= list.Length)
            {
                int comma = list.IndexOf(',', start);
                int end = comma < 0 ? list.Length : comma;
                if (end - start == name.Length && list.Substring(start, end - start) == name)
                {
                    return true;
                }

                if (comma < 0)
                {
                    return false;
                }

                start = comma + 1;
            }

            return false;
        }

        /// <summary>RFC 4253 §7.1: the first name on the client's list that the server also lists, or null.</summary>
        public static string? FirstCommon(string clientList, string serverList)
        {
            int start = 0;
            while (start < clientList.Length)
            {
                int comma = clientList.IndexOf(',', start);
                int end = comma < 0 ? clientList.Length : comma;
                string name = clientList.Substring(start, end - start);
                if (name.Length > 0 && Contains(serverList, name))
                {
                    return name;
                }

                if (comma < 0)
                {
                    break;
                }

                start = comma + 1;
            }

            return null;
        }

        /// <summary>The first name of a list (the sender's guess, RFC 4253 §7).</summary>
        public static string First(string list)
        {
            int comma = list.IndexOf(',');
            return comma < 0 ? list : list.Substring(0, comma);
        }
    }
}
