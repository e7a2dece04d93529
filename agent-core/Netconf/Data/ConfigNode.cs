using System.Collections;

namespace Callhome.AgentCore.Netconf.Data
{
    /// <summary>A node of the running configuration: container, list entry or leaf. An edit works on a
    /// <see cref="Clone"/> and replaces the running tree only when the whole edit succeeded.</summary>
    public sealed class ConfigNode
    {
        private readonly ArrayList children = new ArrayList();

        public ConfigNode(string ns, string name, string? value)
        {
            Namespace = ns;
            Name = name;
            Value = value;
        }

        public string Namespace { get; }

        public string Name { get; }

        public string? Value { get; set; }

        public int ChildCount
        {
            get { return children.Count; }
        }

        public ConfigNode Child(int index)
        {
            return (ConfigNode)children[index]!;
        }

        public void Add(ConfigNode child)
        {
            children.Add(child);
        }

        public void Remove(ConfigNode child)
        {
            children.Remove(child);
        }

        /// <summary>The first child with this expanded name, or null.</summary>
        public ConfigNode? Find(string ns, string name)
        {
            for (int i = 0; i < children.Count; i++)
            {
                ConfigNode child = (ConfigNode)children[i]!;
                if (child.Name == name && child.Namespace == ns)
                {
                    return child;
                }
            }

            return null;
        }

        /// <summary>The value of the child leaf with this name in this node's namespace, or null.</summary>
        public string? LeafValue(string name)
        {
            ConfigNode? leaf = Find(Namespace, name);
            return leaf == null ? null : leaf.Value;
        }

        /// <summary>How many children have this expanded name (entries of one list).</summary>
        public int Count(string ns, string name)
        {
            int count = 0;
            for (int i = 0; i < children.Count; i++)
            {
                ConfigNode child = (ConfigNode)children[i]!;
                if (child.Name == name && child.Namespace == ns)
                {
                    count++;
                }
            }

            return count;
        }

        public ConfigNode Clone()
        {
            ConfigNode copy = new ConfigNode(Namespace, Name, Value);
            for (int i = 0; i < children.Count; i++)
            {
                copy.Add(((ConfigNode)children[i]!).Clone());
            }

            return copy;
        }
    }
}
