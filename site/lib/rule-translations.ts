/**
 * Simplified Chinese titles and rationales of the rules, written for Chinese readers. Missing ids fall back to English.
 *
 * `checkedAgainst` is the first 16 hex digits of the SHA-256 of the English `${title}\n${rationale}` that the Chinese
 * text was last written or re-checked against. When a rule's English text changes, rule-translations.test.ts fails
 * and prints the new hash: re-read the Chinese against the new English, fix it, then update the hash.
 */
export interface RuleTranslation {
  title: string;
  rationale: string;
  checkedAgainst: string;
}

export const ruleTranslations: Record<string, RuleTranslation> = {
  'AWS-APIGW-ACCESS-LOGS': {
    title: 'API Gateway 阶段写入访问日志',
    rationale:
      '访问日志记录谁在什么时间、从哪里调用了 API 阶段的哪个路由，以及调用结果如何。只有为阶段指定了日志目标（CloudWatch Logs 日志组或 Firehose 流），阶段才会写入访问日志；没有目标，调查滥用、错误或限流时就无据可查。',
    checkedAgainst: 'ee48a6ddc4665654',
  },
  'AWS-APIGW-TRACING': {
    title: 'API Gateway REST API 阶段向 AWS X-Ray 发送跟踪数据',
    rationale:
      '开启 X-Ray 跟踪后，经过 REST API 阶段的每个请求都会成为一条跟踪记录，并随请求一路延伸到 Lambda 函数和其他服务，显示时间花在了哪里、哪次调用失败了。除非阶段主动开启，否则不会跟踪；而且跟踪只适用于 REST API（HTTP API 不支持 X-Ray）。',
    checkedAgainst: '9c26b8467d474ed9',
  },
  'AWS-ASG-ELB-HEALTH-CHECK': {
    title: '挂在负载均衡器后面的 Auto Scaling 组使用负载均衡器的健康检查',
    rationale:
      '使用默认的 EC2 健康检查时，只有实例本身未通过状态检查，Auto Scaling 才会替换它；应用已经崩溃的实例，即便负载均衡器已将其标记为不健康，也会一直运行下去。把 HealthCheckType 设为 ELB 后，组会替换未通过负载均衡器健康检查的实例。',
    checkedAgainst: '3fc8ed865b5ca6b9',
  },
  'AWS-ASG-MULTI-AZ': {
    title: 'Auto Scaling 组至少跨两个可用区',
    rationale:
      '局限在单个可用区（只配置了一个可用区或一个子网）的 Auto Scaling 组，一旦该可用区受损就会失去全部实例，也无法在别处重新启动它们。跨两个或更多可用区时，组会自动把容量重新平衡到运行正常的可用区。',
    checkedAgainst: '719ce118777b6aef',
  },
  'AWS-ASG-SCALING-POLICY': {
    title: '有扩容余地的 Auto Scaling 组配置了扩缩策略或计划',
    rationale:
      '有扩容空间却没有扩缩策略或计划操作的组，会全天候以期望容量运行，而这个容量是按峰值负载定的。目标跟踪策略或计划能让运行中的实例数量随需求变化，减少闲置容量、能耗和成本。',
    checkedAgainst: '24adaf0ffeeebb55',
  },
  'AWS-CLOUDFRONT-COMPRESSION': {
    title: 'CloudFront 缓存行为压缩响应',
    rationale:
      'CloudFront 可以在边缘站点用 gzip 或 Brotli 压缩文本响应，HTML、CSS、JavaScript 和 JSON 往往能缩小到原来的四分之一：页面加载更快，计费的数据传输量也更少。除非缓存行为把 Compress 设为 true，否则不会压缩（如果使用缓存策略，该策略还必须接受 gzip 和 Brotli 编码）。',
    checkedAgainst: 'd17c168c4fcbd00e',
  },
  'AWS-CLOUDFRONT-HTTP2': {
    title: 'CloudFront 分配接受 HTTP/2',
    rationale:
      'HTTP/2 在一个连接上承载多个请求，并压缩标头，因此资源较多的页面比通过 HTTP/1.1 加载得更快。控制台和 API 默认启用 HTTP/2，但模板中省略 HttpVersion 时，CloudFormation 创建的分配使用的是 http1.1；http2and3 则在 HTTP/2 之外再启用 HTTP/3。',
    checkedAgainst: '30d5f4dc5f2168e7',
  },
  'AWS-CLOUDFRONT-HTTPS': {
    title: 'CloudFront 缓存行为要求查看器与 CloudFront 之间使用 HTTPS',
    rationale:
      '查看器协议策略为 allow-all 时，只要查看器发起的是明文 HTTP 请求，CloudFront 就会用 HTTP 提供内容，页面、Cookie 和令牌都以未加密形式传输，途中可能被读取或篡改。redirect-to-https 会把这些查看器升级到 HTTPS；https-only 则直接拒绝它们。',
    checkedAgainst: 'da83515cab102730',
  },
  'AWS-CLOUDFRONT-LOGGING': {
    title: 'CloudFront 分配写入标准访问日志',
    rationale:
      '标准日志记录 CloudFront 处理的每一个查看器请求：客户端、路径、状态码、缓存结果和边缘站点。标准日志默认关闭；没有它们，事后就无法追查滥用行为、热点路径或缓存未命中。',
    checkedAgainst: '7238868120545678',
  },
  'AWS-CLOUDTRAIL-LOG-VALIDATION': {
    title: 'CloudTrail 跟踪验证日志文件的完整性',
    rationale:
      '开启日志文件完整性验证后，CloudTrail 每小时交付一个经过签名的摘要文件，日后可以据此证明日志文件在交付后没有被修改或删除。不开启的话，入侵者一旦能访问日志存储桶，就能抹掉自己的操作痕迹。只有 EnableLogFileValidation 为 true 时才会开启验证。',
    checkedAgainst: '0c2655c4d16f5798',
  },
  'AWS-CLOUDTRAIL-MULTI-REGION': {
    title: 'CloudTrail 跟踪记录所有区域的活动',
    rationale:
      '单区域跟踪对其他区域发生的事情一概不记录，而攻击者拿到被盗凭据后，往往正是在这些区域悄悄启动资源。多区域跟踪还会记录全局服务事件，并自动覆盖日后才启用的区域。除非 IsMultiRegionTrail 为 true，否则跟踪都是单区域的。',
    checkedAgainst: 'e98ba23391808875',
  },
  'AWS-DYNAMODB-CAPACITY-MODE': {
    title: '使用预置容量的 DynamoDB 表自动扩缩容量',
    rationale:
      '固定预置容量的表，不管用没用到，都要全天候为这部分容量付费；流量一旦超出容量，请求就会被限流。要么用 Application Auto Scaling 让容量跟随需求变化，要么改用按需（PAY_PER_REQUEST）计费模式：它适合突发或难以预测的流量，空闲时不产生费用。',
    checkedAgainst: '9f4c4e650e334cbc',
  },
  'AWS-DYNAMODB-PITR': {
    title: 'DynamoDB 表开启时间点恢复',
    rationale:
      '时间点恢复会为表持续备份，因此在一次有问题的部署、一次误操作的批量写入或删除之后，可以把表恢复到恢复窗口（默认 35 天）内的任意一秒。该功能默认关闭；不开启的话，唯一的退路就只剩下有人恰好记得做过的按需备份。',
    checkedAgainst: '37be48c43a431afb',
  },
  'AWS-EBS-ENCRYPTION': {
    title: 'EBS 卷和块设备已加密',
    rationale:
      '未加密的 EBS 卷，其数据以及由它创建的每个快照，任何拿到副本的人都能读取，例如通过一个被误共享的快照。使用 KMS 的 EBS 加密不额外收费，对性能也没有明显影响；而已有的卷无法直接开启加密，必须复制一份。',
    checkedAgainst: 'a0675a33c0101767',
  },
  'AWS-EBS-GP3': {
    title: 'EBS 卷使用 gp3 而不是 gp2',
    rationale:
      'gp3 每 GiB 的价格比 gp2 低约 20%，而且不论卷大小都提供 3,000 IOPS 和 125 MiB/s 的基准性能；gp2 的性能则与卷大小绑定。已有的卷可以通过弹性卷（Elastic Volumes）原地改为 gp3，无需停机。',
    checkedAgainst: '335513208761f7b8',
  },
  'AWS-EC2-GRAVITON': {
    title: '在工作负载允许时，EC2 实例使用 Graviton（arm64）实例类型',
    rationale:
      '在性能相同的情况下，AWS Graviton 处理器比同类 x86 实例最多节省 60% 的能耗，Graviton 实例类型的每小时价格也更低。大多数解释型运行时、提供多架构镜像的容器以及托管的语言运行时，都无需修改代码即可迁移。',
    checkedAgainst: '727c5a72a3ca2444',
  },
  'AWS-EC2-IMDSV2': {
    title: 'EC2 实例和启动模板强制使用 IMDSv2',
    rationale:
      'IMDSv1 会响应普通的 GET 请求，因此实例上的服务器端请求伪造（SSRF）漏洞或一个开放的代理服务器，就足以从实例元数据服务读取 IAM 角色凭据。强制使用 IMDSv2 会话令牌（HttpTokens: required）可以堵住这条路径；当前版本的 AWS SDK 和代理程序都已在使用 IMDSv2。',
    checkedAgainst: '5264fccbf07d9484',
  },
  'AWS-EC2-PREVIOUS-GEN': {
    title: 'EC2 实例使用当前一代实例类型',
    rationale:
      '上一代实例系列（m1、m2、m3、c1、c3、r3、i2、t1，以及 AWS 上一代实例列表中的其他系列）运行在较旧的、基于 Xen 的硬件上，每美元能买到的性能不如基于 Nitro 的后继系列，在较新的区域也已不再提供。换成同类别的当前一代系列通常只需改一行，就能获得更好的性价比。',
    checkedAgainst: '1de55b823fb29eba',
  },
  'AWS-EC2-SG-OPEN-ADMIN-PORTS': {
    title: '安全组不向互联网开放 SSH 或 RDP',
    rationale:
      '向 0.0.0.0/0 或 ::/0 开放的 SSH 和 RDP，几分钟内就会被扫描器发现，随后遭到全天候的暴力破解。请改用 Systems Manager Session Manager，或者只放行一个范围很小的管理网段（CIDR）来访问实例。',
    checkedAgainst: '0e0d014e6fb25dca',
  },
  'AWS-EC2-SG-OPEN-ALL-PORTS': {
    title: '安全组不向互联网开放所有端口',
    rationale:
      '对 0.0.0.0/0 或 ::/0 放行所有端口（或所有协议）的入站规则，会把实例上恰好在监听的任何服务都暴露出去，包括那些本就不该公开的服务。面向整个互联网的扫描器几分钟内就能找到这类主机；只开放工作负载实际对外提供服务的端口。',
    checkedAgainst: '732e6679cf6e72f3',
  },
  'AWS-EC2-SG-OPEN-DATABASE-PORTS': {
    title: '安全组不向互联网开放数据库端口',
    rationale:
      '能从 0.0.0.0/0 或 ::/0 访问到的数据库和缓存会不断遭到探测，目标包括弱密码、无需身份验证的默认配置（Redis、Memcached、Elasticsearch、MongoDB）以及已知漏洞。数据存储应放在私有子网中，只允许应用层通过安全组引用来访问。',
    checkedAgainst: '734fdb7e31b8c2d0',
  },
  'AWS-EC2-UNATTACHED-EIP': {
    title: '弹性 IP 地址都已关联到资源',
    rationale:
      '自 2024 年 2 月起，AWS 对每个公有 IPv4 地址收费，不论是否在用；没有关联到实例、网络接口、NAT 网关或负载均衡器的弹性 IP，花了这笔钱却毫无用处。请释放没有任何资源使用的地址，或在同一个堆栈中把它们关联起来。',
    checkedAgainst: 'b0f6ee8ebfd671e3',
  },
  'AWS-ECR-IMMUTABLE-TAGS': {
    title: 'ECR 存储库不允许覆盖镜像标签',
    rationale:
      '标签可变时，用已有的标签推送新镜像，会悄无声息地改变所有使用该标签的部署实际运行的内容，无论是误操作，还是有推送权限的人有意为之。不可变标签让一个标签名永远只对应一个镜像，部署因此可以复现，经过扫描和审批的镜像也无法被调包。除非 ImageTagMutability 另有设置，否则标签都是可变的。',
    checkedAgainst: 'a28ccf3d8231e646',
  },
  'AWS-ECR-LIFECYCLE': {
    title: 'ECR 存储库通过生命周期策略让旧镜像过期',
    rationale:
      '每次构建都会推送一个新镜像，而 ECR 会保留所有镜像，直到它们被删除，于是多年来再也不会运行的镜像一直在产生存储费用。生命周期策略会自动删除未打标签的镜像，以及最近几个发布版本之外的所有镜像。',
    checkedAgainst: 'd59503c0848c0e32',
  },
  'AWS-ECR-SCAN-ON-PUSH': {
    title: 'ECR 存储库在推送镜像时扫描漏洞',
    rationale:
      '推送时扫描会在每个新镜像部署之前，对照已知 CVE 进行检查，让有漏洞的基础镜像或库在构建阶段就被发现，而不是等到上了生产环境才发现。除非 ScanOnPush 为 true，或者有注册表扫描规则覆盖该存储库，否则存储库不会扫描镜像。',
    checkedAgainst: 'a8039bc85ed77972',
  },
  'AWS-ECS-CONTAINER-INSIGHTS': {
    title: 'ECS 集群收集 Container Insights 指标',
    rationale:
      'Container Insights 按集群、服务和任务记录 CPU、内存、网络和存储用量以及任务重启情况，这些都是 ECS 基本指标看不到的；没有它，就很难发现被限流或被反复替换的任务。只有当集群设置 containerInsights（或账户默认设置）为 enabled 或 enhanced 时，集群才会收集这些指标。',
    checkedAgainst: '7d566d2f6cc29b50',
  },
  'AWS-EFS-ENCRYPTION': {
    title: 'EFS 文件系统开启静态加密',
    rationale:
      '静态加密使用 KMS 密钥保护文件数据和元数据，客户端无需任何改动，也没有明显的性能开销。它只能在创建文件系统时选择：未加密的文件系统只能重建并复制数据，而 API 和 CloudFormation 的默认值恰恰是不加密。',
    checkedAgainst: 'c3c798a03c41fde6',
  },
  'AWS-EKS-PUBLIC-ENDPOINT': {
    title: 'EKS 集群的 API 端点不对整个互联网开放',
    rationale:
      '默认情况下，EKS 集群的 API 服务器端点是公有的，接受来自 0.0.0.0/0 的连接，任何人都能探测它，泄露的凭据或 API 服务器漏洞在任何地方都能被利用。请开启私有端点并关闭公有端点，或者把 PublicAccessCidrs 限制为管理该集群所用的网络。',
    checkedAgainst: 'f8a7f59b23a60e98',
  },
  'AWS-ELASTICACHE-GRAVITON': {
    title: 'ElastiCache 集群使用 Graviton 节点类型',
    rationale:
      'Graviton（arm64）节点类型运行 Valkey、Redis OSS 和 Memcached，性价比高于它们所替代的 x86 类型，完成同样的工作耗能也更少。引擎由 ElastiCache 托管，所以迁移只是更换节点类型，通过一次扩缩操作完成，无需改代码。',
    checkedAgainst: '37682dbaaab2d557',
  },
  'AWS-ELASTICACHE-MULTI-AZ': {
    title: 'ElastiCache 集群能承受一个可用区的故障',
    rationale:
      '只部署在一个可用区的缓存会随该可用区一起消失，随之而来的大量缓存未命中还可能把后面的数据库一并压垮。开启多可用区的 Redis OSS 和 Valkey 复制组，会自动把另一个可用区中的副本提升为主节点；Memcached 集群则应把节点分布到多个可用区，这样失去一个可用区只会丢掉一部分缓存。',
    checkedAgainst: '88ae4d7db6f8c350',
  },
  'AWS-ELASTICACHE-PREVIOUS-GEN': {
    title: 'ElastiCache 集群使用当前一代节点类型',
    rationale:
      'cache.m3、cache.r3、cache.t1 等上一代节点类型运行在较旧的硬件上，内存容量、内存带宽和网络吞吐量都不及当前一代，每 GiB 内存的价格却更高。较新的引擎版本和功能也往往不在这些节点类型上提供。',
    checkedAgainst: '313d66a220258c25',
  },
  'AWS-ELASTICACHE-TRANSIT-ENCRYPTION': {
    title: 'ElastiCache 集群开启传输中加密',
    rationale:
      '不开启传输中加密时，缓存数据、命令和 AUTH 令牌在客户端与节点之间、副本之间都以明文在网络上传输，路径上的任何一方都能读取或篡改。TLS 默认关闭；在 Redis OSS 和 Valkey 上，也只有开启了 TLS，AUTH 和基于角色的访问控制才真正有意义。',
    checkedAgainst: '3303cbb831f3535d',
  },
  'AWS-ELB-ACCESS-LOGS': {
    title: '负载均衡器写入访问日志',
    rationale:
      '访问日志记录负载均衡器收到的每一个请求：客户端地址、路径、状态码、延迟和 TLS 详细信息。访问日志默认关闭；没有它们，事后调查事故、错误激增或可疑客户端时就无据可查。',
    checkedAgainst: '3d3c87f552e1f4ac',
  },
  'AWS-ELB-HTTPS': {
    title: '负载均衡器的 HTTP 侦听器把所有请求重定向到 HTTPS',
    rationale:
      '以明文 HTTP 响应的侦听器，会让请求、Cookie 和响应在网络上以未加密形式传输，路径上的任何人都能读取或篡改。Application Load Balancer 可以在 80 端口上改为返回指向 HTTPS 的重定向；Classic Load Balancer 无法重定向，因此应把它的 HTTP 侦听器换成 HTTPS 侦听器。',
    checkedAgainst: '5b86423096005205',
  },
  'AWS-ELB-TLS-POLICY': {
    title: '负载均衡器的 HTTPS 和 TLS 侦听器使用最低版本为 TLS 1.2 的安全策略',
    rationale:
      '安全策略决定侦听器接受哪些协议版本和密码套件。通过 CloudFormation 或 API 创建、但没有指定策略的侦听器会使用 ELBSecurityPolicy-2016-08，它仍接受 TLS 1.0 和 1.1；这两个版本均已弃用（RFC 8996），还会连带启用较弱的密码套件。通常的选择是采用 TLS 1.3 策略，同时为较旧的客户端保留 TLS 1.2。',
    checkedAgainst: 'a89a9a1d82b597c2',
  },
  'AWS-IAM-USER-ACCESS-KEY': {
    title: '堆栈不创建长期有效的 IAM 用户访问密钥',
    rationale:
      'IAM 用户访问密钥本身永不过期：在有人轮换或删除之前一直有效，一旦泄露，在任何地方都能使用。运行在 AWS 上的工作负载应使用 IAM 角色，人员和外部系统应通过 IAM Identity Center 或 OIDC 联合身份获取临时凭据。由堆栈创建的密钥，还会暴露给任何能读取堆栈输出、或能读取接收该密钥的资源的人。',
    checkedAgainst: '5499b21bbece2d5f',
  },
  'AWS-IAM-WILDCARD-ADMIN': {
    title: 'IAM 策略不授予对所有资源执行所有操作的权限',
    rationale:
      '一条允许对 Resource "*" 执行 Action "*" 的语句，会让它所属的角色、用户或组成为完全的管理员：可以读取所有机密信息、删除任何数据，还能修改 IAM 本身来保住自己的访问权限。请遵循最小权限原则，只授予工作负载实际用到的操作和资源，并把管理员权限限定在少数经过审计、短期使用的角色上。',
    checkedAgainst: 'dc1f4089ce2665e5',
  },
  'AWS-KMS-ROTATION': {
    title: '对称 KMS 密钥自动轮换密钥材料',
    rationale:
      '开启自动轮换后，客户托管密钥默认每年更换一次密钥材料（周期可在 90 到 2560 天之间配置），密钥 ID 保持不变，因此应用无需改动，旧数据也仍能解密。除非 EnableKeyRotation 为 true，否则不会轮换；非对称密钥、HMAC 密钥，以及使用导入密钥材料或位于自定义密钥存储中的密钥无法自动轮换，不在本检查范围内。',
    checkedAgainst: 'c819c770e0cc2788',
  },
  'AWS-LAMBDA-ARM64': {
    title: 'Lambda 函数运行在 arm64（AWS Graviton）上',
    rationale:
      'arm64 架构的 Lambda 函数运行在 AWS Graviton 处理器上。据 AWS 介绍，在性能相同的情况下，它比同类实例最多节省 60% 的能耗，而且 arm64 的持续时间费用比 x86_64 低约 20%。解释型代码通常无需修改即可迁移；编译型代码和原生依赖则需要构建 arm64 版本。',
    checkedAgainst: '470b8761e658863a',
  },
  'AWS-LAMBDA-DEFAULT-MEMORY': {
    title: 'Lambda 函数的内存大小按工作负载设定',
    rationale:
      'Lambda 按内存大小成比例分配 CPU，所以停留在 128 MB 默认值的函数，分到的 CPU 和网络资源也是最少的。许多函数在内存调大后运行更快，往往还更便宜；请用 AWS Lambda Power Tuning 或 Compute Optimizer 实测，再有意识地设置 MemorySize。',
    checkedAgainst: '3586fc6e71d28754',
  },
  'AWS-LAMBDA-DEPRECATED-RUNTIME': {
    title: 'Lambda 函数使用 AWS 仍在支持的运行时',
    rationale:
      '运行时一旦被弃用，Lambda 就不再为其提供安全补丁，使用它的函数也不再享有技术支持；几周之后，AWS 会先禁止创建、再禁止更新这类函数，一次例行部署就可能因此失败。迁移到受支持的运行时要改代码、要测试，最好赶在截止日期之前做好计划。',
    checkedAgainst: '9b2c04d811fb1e59',
  },
  'AWS-LAMBDA-ENV-SECRETS': {
    title: 'Lambda 函数不在明文环境变量中存放机密信息',
    rationale:
      '环境变量会显示在 Lambda 控制台中，任何有读取权限的人调用 GetFunctionConfiguration 都能拿到；写在模板里的值（或通过未设置 NoEcho 的参数传入的值）还会留存在模板、堆栈参数和版本控制系统中。请把机密信息存放在 Secrets Manager 或 SSM Parameter Store 中，只传入它的名称或 ARN，或者通过动态引用来解析。',
    checkedAgainst: '2a774b286589855a',
  },
  'AWS-LAMBDA-TRACING': {
    title: 'Lambda 函数向 AWS X-Ray 发送跟踪数据',
    rationale:
      '开启主动跟踪后，Lambda 会对请求进行采样，记录函数本身以及每个下游调用的耗时，这样就能跨服务追查一个缓慢或失败的请求。不开启时（即默认的 PassThrough 模式），函数只会转发传入的跟踪标头，自己什么也不记录。',
    checkedAgainst: 'b23e743858f6a45b',
  },
  'AWS-LOGS-RETENTION': {
    title: 'CloudWatch 日志组让旧的日志事件过期',
    rationale:
      '没有设置 RetentionInDays 的日志组会永久保存每一条事件，即使日志早已没有用处，存储量、费用和需要保护的数据仍在无限增长。请按日志实际需要保存的时长设置保留期，必须保存更久的部分归档到 S3。',
    checkedAgainst: 'd5ac23be88ba792e',
  },
  'AWS-RDS-AUTO-MINOR-UPGRADE': {
    title: 'RDS 数据库保持开启自动次要版本升级',
    rationale:
      '引擎的次要版本包含安全修复和缺陷修复；开启自动次要版本升级后，RDS 会在你选定的维护时段内应用这些更新。关掉它，补丁就只能等有人想起来再打，而到了支持终止日期的引擎版本，最终会由 AWS 按自己的时间表强制升级。',
    checkedAgainst: 'c95f6ac8dbd45c70',
  },
  'AWS-RDS-BACKUP-RETENTION': {
    title: 'RDS 数据库的自动备份至少保留 7 天',
    rationale:
      '时间点恢复依赖自动备份，而且只能回溯到保留期以内：API 的默认值只有 1 天，在 RDS 实例上设为 0 则会彻底关闭备份。数据损坏或错误的部署往往几天后才被发现，因此请至少保留一周（最长 35 天）。',
    checkedAgainst: 'a066773becb67225',
  },
  'AWS-RDS-DELETION-PROTECTION': {
    title: 'RDS 数据库开启删除保护',
    rationale:
      '开启删除保护后，无论删除请求来自控制台、脚本，还是一次会替换或移除该数据库的堆栈更新，RDS 都会拒绝执行，直到有人有意关闭这项设置。它不产生任何费用，却能把一次无法挽回的失误变成一次失败的 API 调用。',
    checkedAgainst: 'd3c2d8f605858fa1',
  },
  'AWS-RDS-ENCRYPTION': {
    title: 'RDS 实例和集群加密其存储',
    rationale:
      '未加密的 RDS 存储，连同其中的数据、自动备份、快照和只读副本，任何拿到底层存储或共享快照的人都能读取。加密只能在创建数据库时选择，无法原地开启：事后启用意味着要从加密的快照副本还原，所以应该在第一版模板里就写好。',
    checkedAgainst: '0bb2603b62f3277b',
  },
  'AWS-RDS-GRAVITON': {
    title: '使用开源引擎的 RDS 数据库采用 Graviton 实例类',
    rationale:
      'Graviton（arm64）实例类运行 MySQL、MariaDB、PostgreSQL 和 Aurora，性价比高于同类 x86 实例类，完成同样的工作耗能也更少。引擎由 RDS 托管，只要引擎版本支持 Graviton，切换就只是更改实例类并重启一次。',
    checkedAgainst: '232f7d1cc874950f',
  },
  'AWS-RDS-MULTI-AZ': {
    title: 'RDS 实例采用多可用区部署，在另一个可用区保留备用实例',
    rationale:
      '单可用区实例的主机、存储或所在可用区出故障多久，它就停机多久，而且每次为打补丁或扩缩而重启都意味着一次中断。多可用区部署会在另一个可用区维护一个同步复制的备用实例，并在故障时自动切换过去，通常只需一到两分钟。',
    checkedAgainst: 'd87c2de0eea91751',
  },
  'AWS-RDS-PERFORMANCE-INSIGHTS': {
    title: 'RDS 数据库开启 Performance Insights',
    rationale:
      'Performance Insights 按等待事件、SQL 语句、主机和用户记录数据库负载，事后要找出导致性能下降的那条查询，靠的就是这些数据。它免费提供 7 天的历史数据，也是 CloudWatch Database Insights 标准模式的数据来源。',
    checkedAgainst: '3d2bc858bfd04703',
  },
  'AWS-RDS-PLAINTEXT-PASSWORD': {
    title: 'RDS 主密码来自机密存储，而不是写在模板里',
    rationale:
      '写在模板里的主密码会留在版本控制系统、构建日志以及 CloudFormation 保存的模板中；通过未设置 NoEcho 的参数传入的密码，则会显示在控制台中，并由 DescribeStacks 返回。让 RDS 在 Secrets Manager 中管理密码，或者从 Secrets Manager 或 SecureString 参数中解析密码，就能让它不出现在上述任何地方，还能支持轮换。',
    checkedAgainst: '38fa7118375568dc',
  },
  'AWS-RDS-PREVIOUS-GEN': {
    title: 'RDS 数据库使用当前一代实例类',
    rationale:
      'db.t2、db.m4、db.r4 等上一代实例类运行在较旧的硬件上：较新的实例类每个 vCPU 的性能更高，网络和存储带宽也更大，价格通常持平甚至更低。较新的引擎版本往往不在旧实例类上提供，而且 RDS 最终会让这些实例类退役，按自己的时间表升级实例。',
    checkedAgainst: '239c4ca6587102c5',
  },
  'AWS-RDS-PUBLIC': {
    title: 'RDS 数据库不可公开访问',
    rationale:
      '可公开访问的数据库会获得一个解析到公有 IP 地址的 DNS 名称，只要一条过于宽松的安全组规则，它就会暴露在整个互联网上，而互联网上的数据库端口一直在遭受扫描和暴力破解。应用从 VPC 内部访问私有数据库；人员则通过堡垒机、Session Manager 或 VPN 访问。',
    checkedAgainst: 'd600c3e13dc8d33a',
  },
  'AWS-RDS-STORAGE-GP3': {
    title: 'RDS 实例使用 gp3 而不是 gp2 存储',
    rationale:
      '在 RDS 上，gp3 每 GB 的价格与 gp2 相同，但不论容量大小都包含 3,000 IOPS 和 125 MiB/s 的基准性能（大多数引擎在超过 400 GiB 后还会更高），额外的 IOPS 也可以单独购买。gp2 的 IOPS 只随容量增长（每 GiB 3 IOPS），数据库常常只是为了吞吐量而超额分配存储；迁移到 gp3 可以在线完成。',
    checkedAgainst: '563c1c4afd42af6d',
  },
  'AWS-S3-ACCESS-LOGGING': {
    title: 'S3 存储桶记录服务器访问日志',
    rationale:
      '服务器访问日志记录对存储桶的每一个请求：谁请求了什么、什么时候、结果如何。排查异常访问或异常费用时，它们就是所需的证据，而且成本很低。接收其他存储桶日志的存储桶不在检查范围内，因为给它们也开启日志会形成循环。',
    checkedAgainst: 'bd9f0d30b62c360b',
  },
  'AWS-S3-LIFECYCLE': {
    title: 'S3 存储桶配置了生命周期规则',
    rationale:
      '没有生命周期配置时，每个对象都会永远留在 S3 Standard 存储类中，其中也包括被放弃的分段上传：它们照样计费，却不会出现在对象列表里。用规则把冷数据转换到更便宜的存储类，并让不再需要的数据过期，账单才能和数据的实际价值挂钩。',
    checkedAgainst: 'fdc0e697d8b541e9',
  },
  'AWS-S3-NONCURRENT-EXPIRATION': {
    title: '启用了版本控制的 S3 存储桶让旧对象版本过期或归档',
    rationale:
      '在启用了版本控制的存储桶里，每次覆盖都会保留先前的版本，除非有生命周期规则将其删除，否则它会永远占着磁盘、产生费用。在恢复窗口过后让非当前版本过期（或归档），既保留了版本控制带来的安全性，又不会让存储占用无限增长。',
    checkedAgainst: '118ab5de2cc7ff78',
  },
  'AWS-S3-PUBLIC-ACCESS-BLOCK': {
    title: 'S3 存储桶开启全部四项阻止公有访问设置',
    rationale:
      '阻止公有访问是最后一道防线，防止存储桶因为一条写错的 ACL 或存储桶策略而变成公开。四项设置中只要有一项关闭，一次疏忽的改动就可能暴露存储桶中的所有对象。',
    checkedAgainst: '990ba75f32296101',
  },
  'AWS-S3-PUBLIC-ACL': {
    title: 'S3 存储桶不通过标准 ACL 授予公开访问权限',
    rationale:
      'PublicRead 或 PublicReadWrite ACL 允许互联网上的任何人列出或修改存储桶，而 AuthenticatedRead 则意味着任何 AWS 账户都能访问。ACL 是一种旧机制：请用 BucketOwnerEnforced 禁用 ACL，并通过 CloudFront 提供公开内容。',
    checkedAgainst: '46bc04581e142116',
  },
  'AWS-S3-PUBLIC-POLICY': {
    title: 'S3 存储桶策略不向所有人开放访问',
    rationale:
      '存储桶策略中若有一条语句允许 Principal "*"，却没有条件把范围收窄到你的 VPC 端点、组织或来源服务，其中列出的操作就对互联网上的任何人开放。请向特定主体授予访问权限，或通过 CloudFront 源访问控制提供公开内容。',
    checkedAgainst: '393efaca488f8860',
  },
  'AWS-S3-TLS-ONLY': {
    title: 'S3 存储桶拒绝不使用 TLS 的请求',
    rationale:
      '除非存储桶策略明确拒绝，否则 S3 会接受明文 HTTP 请求。一条针对 aws:SecureTransport = false 的 Deny 语句可以确保对象和凭据永远不会以未加密的形式在网络上传输，无论使用的是哪种客户端或 SDK 设置。',
    checkedAgainst: '7ccfbec2066b37ae',
  },
  'AWS-S3-VERSIONING': {
    title: 'S3 存储桶保留对象版本',
    rationale:
      '没有版本控制时，一次覆盖或删除（无论是程序缺陷、人为操作还是勒索软件所致）都会毁掉对象唯一的副本。版本控制让之前的版本可以恢复；请配合让旧版本过期的生命周期规则使用，以免存储无限增长。',
    checkedAgainst: '3902b2a693449080',
  },
  'AWS-SNS-ENCRYPTION': {
    title: 'SNS 主题使用 KMS 对消息进行静态加密',
    rationale:
      '除非通过 KmsMasterKeyId 指定了 KMS 密钥，否则 SNS 不会对主题进行静态加密，SNS 投递期间暂存的消息都以未加密形式存储。使用客户托管密钥时，还可以通过密钥策略控制哪些发布者和订阅者能使用该主题。',
    checkedAgainst: '1bc129b55f1b95f5',
  },
  'AWS-SQS-DLQ': {
    title: 'SQS 队列把反复处理失败的消息转入死信队列',
    rationale:
      '没有重新驱动策略时，消费者处理不了的消息会被一次次接收、又一次次回到队列，直到保留期结束，既白白消耗消费者的处理能力，最后又消失得无影无踪。死信队列会在消息被接收达到设定次数后把它单独存放，以便检查、设置警报并重新驱动。',
    checkedAgainst: 'd653eab1a9829d5b',
  },
  'AWS-STATEFUL-RETAIN-POLICY': {
    title: '数据库、表和文件系统在堆栈删除后依然保留',
    rationale:
      '删除堆栈或从模板中移除某个资源时，CloudFormation 会按该资源的 DeletionPolicy 删除它：若为 Delete（DynamoDB 表和 EFS 文件系统的默认值），数据会随之删除，无法恢复。Retain（RDS 也可用 Snapshot）能在堆栈变更时保住数据；UpdateReplacePolicy 也应同样设置，这样资源被替换时数据也不会丢失。',
    checkedAgainst: 'bd6a1011a92d7250',
  },
  'AWS-VPC-FLOW-LOGS': {
    title: 'VPC 开启了流日志',
    rationale:
      'VPC 流日志记录 VPC 中每个网络接口上被接受和被拒绝的连接。没有流日志，排查安全组和路由问题、事后调查可疑流量时都无据可查，而且流日志无法追溯补录。',
    checkedAgainst: '82ba1aba237c9121',
  },
};
