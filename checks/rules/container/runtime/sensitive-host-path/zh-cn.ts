/** CONTAINER-SENSITIVE-HOST-PATH in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器不挂载主机的敏感路径',
  problem: '容器挂载了主机的敏感路径',
  rationale:
    '挂载进容器的主机路径就是主机自己的文件，不受容器隔离的约束：容器运行时的套接字（docker.sock、containerd 的套接字）可以控制主机上的所有容器，/etc 和 /root 存放着主机的配置和凭据，/proc、/sys 和 /dev 可以直接触及内核和设备，kubelet 和 Docker 的目录则保存着其他工作负载的机密和镜像。谁能在容器中运行代码，谁就同样拿到了这些。',
  messages: {
    socket: '{workload} 挂载了主机上的容器运行时套接字 {path}',
    path: '{workload} 挂载了主机路径 {path}',
  },
  fixNotes: {
    'or emptyDir, configMap, secret: not hostPath': '或者 emptyDir、configMap、secret：不要用 hostPath',
    'a named volume, not a host path': '使用命名卷，而不是主机路径',
    'no Host.SourcePath: a Docker or EFS volume': '不要写 Host.SourcePath：改用 Docker 卷或 EFS 卷',
    'no host_path: a Docker or EFS volume': '不要写 host_path：改用 Docker 卷或 EFS 卷',
  },
  checkedAgainst: 'c1a48da82c263a12',
});
