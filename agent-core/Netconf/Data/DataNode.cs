using System.Collections;

namespace Callhome.AgentCore.Netconf.Data
{
    /// <summary>
    /// A node of the device's data tree as NETCONF shows it: a container or list entry (children) or a leaf
    /// (a value in its YANG canonical form). <see cref="IsConfig"/> false marks state data (YANG config false),
    /// which get returns and get-config leaves out (RFC 6241 §7.1, §7.7).
    /// </summary>
    public sealed class DataNode
    {
        private readonly ArrayList children = new ArrayList();

        public DataNode(string ns, string name, string? value, bool isConfig)
        {
            Namespace = ns;
            Name = name;
            Value = value;
            IsConfig = isConfig;
        }

        public string Namespace { get; }

        public string Name { get; }

        /// <summary>The leaf's value; null for containers and list entries.</summary>
        public string? Value { get; }

        public bool IsConfig { get; }

        public bool IsLeaf
        {
            get { return Value != null; }
        }

        public int ChildCount
        {
            get { return children.Count; }
        }

        public DataNode Child(int index)
        {
            return (DataNode)children[index]!;
        }

        /// <summary>A container or list entry below this one, in the same namespace.</summary>
        public DataNode Container(string name, bool isConfig)
        {
            DataNode child = new DataNode(Namespace, name, null, isConfig);
            children.Add(child);
            return child;
        }

        /// <summary>A leaf below this one, in the same namespace.</summary>
        public DataNode Leaf(string name, string value, bool isConfig)
        {
            DataNode child = new DataNode(Namespace, name, value, isConfig);
            children.Add(child);
            return child;
        }

        public void Add(DataNode child)
        {
            children.Add(child);
        }

        /// <summary>The first child with this name (any namespace when ns is empty), or null.</summary>
        public DataNode? Find(string ns, string name)
        {
            for (int i = 0; i < children.Count; i++)
            {
                DataNode child = (DataNode)children[i]!;
                if (child.Name == name && (ns.Length == 0 || child.Namespace == ns))
                {
                    return child;
                }
            }

            return null;
        }
    }
}
